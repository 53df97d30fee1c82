import { graphql } from './generated/index.js';

/** What a product card of the store shows: the viewer's price and stock, pack size, brand, image. */
export const storeProductCardFragment = graphql(`
  fragment StoreProductCard on Product {
    id
    name
    reference
    barcode
    unit
    packSize
    quantityRules {
      minimum
      maximum
      increment
    }
    orderable
    stock
    imageUrl
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
`);

/**
 * The whole catalog page in one operation: one page of products (searched, filtered, sorted,
 * keyset-paged forward with `after` or backward with `before`), how many match, and the filter
 * values with counts — all as the signed-in customer (or the customer staff view as) may see them.
 */
export const storeCatalogQuery = graphql(`
  query StoreCatalog(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $query: String
    $sort: ProductSort
    $brandIds: [ID!]
    $seasonIds: [ID!]
    $tagIds: [ID!]
    $manufacturerIds: [ID!]
  ) {
    products(
      first: $first
      after: $after
      last: $last
      before: $before
      query: $query
      sort: $sort
      brandIds: $brandIds
      seasonIds: $seasonIds
      tagIds: $tagIds
      manufacturerIds: $manufacturerIds
    ) {
      totalCount
      edges {
        node {
          ...StoreProductCard
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
    productFacets(query: $query, brandIds: $brandIds, seasonIds: $seasonIds, tagIds: $tagIds, manufacturerIds: $manufacturerIds) {
      brands {
        id
        name
        count
      }
      seasons {
        id
        name
        count
      }
      tags {
        id
        name
        count
      }
      manufacturers {
        id
        name
        count
      }
    }
  }
`);

/** One product of the store, with everything its page shows; NOT_FOUND when the viewer may not see it. */
export const storeProductQuery = graphql(`
  query StoreProduct($id: ID!) {
    product(id: $id) {
      ...StoreProductCard
      description
      season {
        name
      }
      manufacturer {
        name
      }
    }
  }
`);

/** The pack size of a product the viewer is adding to the cart (quantities round up to full packs). */
export const productPackSizeQuery = graphql(`
  query ProductPackSize($id: ID!) {
    product(id: $id) {
      id
      packSize
      quantityRules {
        minimum
        increment
      }
    }
  }
`);

/** Suggestions under the store's search field as one types (issue 18 M3): names, references, price. */
export const storeSearchSuggestionsQuery = graphql(`
  query StoreSearchSuggestions($query: String!) {
    products(first: 6, query: $query) {
      edges {
        node {
          id
          name
          reference
          price {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);
