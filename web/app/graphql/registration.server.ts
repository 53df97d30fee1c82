import { graphql } from './generated/index.js';

/** The public access-request form (R2). */
export const registrationRequestSubmitMutation = graphql(`
  mutation RegistrationRequestSubmit($input: RegistrationRequestSubmitInput!) {
    registrationRequestSubmit(input: $input) {
      received
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Whether the store takes access requests at all (R1). */
export const registrationSettingsQuery = graphql(`
  query RegistrationSettings {
    viewer {
      language
    }
    storeSettings {
      storeName
      selfRegistrationEnabled
    }
  }
`);

/** The hub's queue of access requests, oldest first. */
export const registrationRequestsQuery = graphql(`
  query RegistrationRequests($first: Int!, $after: String, $status: RegistrationStatus) {
    registrationRequests(first: $first, after: $after, status: $status) {
      edges {
        node {
          id
          companyName
          contactName
          email
          language
          status
          previouslyRefused
          createdAt
          decidedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const registrationRequestQuery = graphql(`
  query RegistrationRequest($id: ID!) {
    registrationRequest(id: $id) {
      id
      companyName
      contactName
      email
      phone
      address
      vatNumber
      message
      language
      status
      previouslyRefused
      createdAt
      decidedAt
      refusalReason
      customer {
        id
        name
        customerNumber
      }
    }
  }
`);

export const registrationRequestApproveMutation = graphql(`
  mutation RegistrationRequestApprove($input: RegistrationRequestApproveInput!) {
    registrationRequestApprove(input: $input) {
      registrationRequest {
        id
        status
      }
      storeAccess {
        id
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const registrationRequestRefuseMutation = graphql(`
  mutation RegistrationRequestRefuse($input: RegistrationRequestRefuseInput!) {
    registrationRequestRefuse(input: $input) {
      registrationRequest {
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
