import { graphql } from './generated/index.js';

/** The customer list with its filters (A2), and the price levels the filter offers. */
export const customersQuery = graphql(`
  query Customers(
    $first: Int!
    $after: String
    $query: String
    $status: CustomerStatus
    $priceLevelId: ID
    $language: Language
    $accessStatus: StoreAccessStatus
  ) {
    customers(
      first: $first
      after: $after
      query: $query
      status: $status
      priceLevelId: $priceLevelId
      language: $language
      accessStatus: $accessStatus
    ) {
      totalCount
      edges {
        node {
          id
          name
          customerNumber
          documentLanguage
          status
          accessCount
          lastAccessAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    priceLevels {
      id
      name
      code
      isDefault
    }
  }
`);

/** A short list of customers matching a search, e.g. to link an access request to one. */
export const customerSearchQuery = graphql(`
  query CustomerSearch($query: String!) {
    customers(first: 20, query: $query) {
      edges {
        node {
          id
          name
          customerNumber
        }
      }
    }
  }
`);

/** The customers picked for a bulk grant, by id. */
export const customersByIdQuery = graphql(`
  query CustomersById($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Customer {
        id
        name
        customerNumber
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
      vatNumber
      taxExemption
      taxExemptionMention
      createdAt
      accessCount
      pendingAccessCount
      lastAccessAt
      priceLevel {
        id
        name
      }
      storageLocation {
        id
        name
      }
      contacts {
        id
        name
        email
        phone
        position
      }
      deliverySites {
        id
        name
        street
        postalCode
        city
        country
      }
      visibility {
        tags {
          id
          name
        }
        seasons {
          id
          name
        }
        brands {
          id
          name
        }
        manufacturers {
          id
          name
        }
      }
      emailAccesses {
        email
        status
        phone
        storeAccess {
          id
          grantedAt
          lastAccessAt
          language
        }
      }
    }
  }
`);

/** Choices of the customer forms. */
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

/** What a customer may be allowed to see (C2): the four visibility dimensions. */
export const visibilityOptionsQuery = graphql(`
  query VisibilityOptions {
    tags {
      id
      name
    }
    seasons {
      id
      name
    }
    brands {
      id
      name
    }
    manufacturers {
      id
      name
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

export const customerUpdateMutation = graphql(`
  mutation CustomerUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer {
        id
        customerNumber
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const customerExcludeMutation = graphql(`
  mutation CustomerExclude($input: CustomerExcludeInput!) {
    customerExclude(input: $input) {
      customer {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const customerExclusionLiftMutation = graphql(`
  mutation CustomerExclusionLift($input: CustomerExclusionLiftInput!) {
    customerExclusionLift(input: $input) {
      customer {
        id
        status
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
      whatsAppUrl
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const storeAccessRegeneratePasswordMutation = graphql(`
  mutation StoreAccessRegeneratePassword($input: StoreAccessRegeneratePasswordInput!) {
    storeAccessRegeneratePassword(input: $input) {
      storeAccess {
        id
        email
        status
      }
      temporaryPassword
      whatsAppUrl
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const storeAccessBlockMutation = graphql(`
  mutation StoreAccessBlock($input: StoreAccessIdInput!) {
    storeAccessBlock(input: $input) {
      storeAccess {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const storeAccessUnblockMutation = graphql(`
  mutation StoreAccessUnblock($input: StoreAccessIdInput!) {
    storeAccessUnblock(input: $input) {
      storeAccess {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A4: many customers at once, as a task with progress. */
export const storeAccessBulkGrantMutation = graphql(`
  mutation StoreAccessBulkGrant($input: StoreAccessBulkGrantInput!) {
    storeAccessBulkGrant(input: $input) {
      task {
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

export const taskQuery = graphql(`
  query Task($id: ID!) {
    task(id: $id) {
      id
      kind
      status
      total
      processed
      succeeded
      progress
      interrupted
      error
      createdAt
      finishedAt
      skipped {
        id
        label
        code
        message
      }
    }
  }
`);

/** Issue 17, H2: the store language of an access's user, changed from its row. */
export const storeAccessLanguageUpdateMutation = graphql(`
  mutation StoreAccessLanguageUpdate($input: StoreAccessLanguageUpdateInput!) {
    storeAccessLanguageUpdate(input: $input) {
      storeAccess {
        id
        language
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
