import { graphql } from './generated/index.js';

/** The latest activity of a customer's users (V2), newest first, for the hub's customer page. */
export const customerActivitiesQuery = graphql(`
  query CustomerActivities($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      activities(first: $first, after: $after) {
        edges {
          node {
            id
            kind
            detail
            createdAt
            shopUser {
              id
              email
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
