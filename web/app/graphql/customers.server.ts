import { graphql } from './generated/index.js';

export const customersQuery = graphql(`
  query Customers($first: Int!, $after: String, $query: String) {
    customers(first: $first, after: $after, query: $query) {
      edges {
        node {
          id
          name
          customerNumber
          documentLanguage
          status
          accessCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const customerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      name
      customerNumber
      documentLanguage
      status
      exclusionReason
      privateMessage
      createdAt
      priceLevel {
        name
      }
      storageLocation {
        name
      }
      contacts {
        id
        name
        email
        phone
        position
      }
      emailAccesses {
        email
        status
        storeAccess {
          id
          grantedAt
          lastAccessAt
        }
      }
    }
  }
`);

/** Choices of the new-customer form. */
export const customerFormOptionsQuery = graphql(`
  query CustomerFormOptions {
    priceLevels {
      id
      name
      code
      isDefault
    }
    storageLocations {
      id
      name
      code
      isDefault
    }
  }
`);

export const customerCreateMutation = graphql(`
  mutation CustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const storeAccessGrantMutation = graphql(`
  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {
    storeAccessGrant(input: $input) {
      storeAccess {
        id
        email
        status
      }
      temporaryPassword
      userErrors {
        field
        code
        message
      }
    }
  }
`);
