import { graphql } from './generated/index.js';

/** The hub's users list (issue 17, H3): every store login across customers, with its accesses. */
export const storeUsersQuery = graphql(`
  query StoreUsers(
    $first: Int!
    $after: String
    $search: String
    $status: StoreAccessStatus
    $customerId: ID
    $language: Language
    $lastAccessBefore: DateTimeISO
    $lastAccessAfter: DateTimeISO
  ) {
    storeUsers(
      first: $first
      after: $after
      search: $search
      status: $status
      customerId: $customerId
      language: $language
      lastAccessBefore: $lastAccessBefore
      lastAccessAfter: $lastAccessAfter
    ) {
      totalCount
      edges {
        node {
          id
          email
          phone
          language
          grantedAt
          lastAccessAt
          accessCount
          accesses {
            id
            status
            lastAccessAt
            customer {
              id
              name
              customerNumber
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);
