import { graphql } from './generated/index.js';

/** One page of the catalog as the signed-in shop user sees it (its prices and stock). */
export const catalogProductsQuery = graphql(`
  query CatalogProducts($first: Int!, $after: String, $query: String) {
    products(first: $first, after: $after, query: $query) {
      edges {
        node {
          id
          name
          reference
          barcode
          unit
          packSize
          orderable
          stock
          price {
            amount
            currencyCode
          }
          brand {
            name
          }
          tags {
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
