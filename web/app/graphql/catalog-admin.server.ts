import { graphql } from './generated/index.js';

// Catalog administration in the hub (C1, C3, C4): the product list with every filter, managed lists,
// price levels and storage locations, prices and stock of a product, the CSV import and the explainer.

/** The staff product list: filters, keyset pages both ways, and the values the filters offer. */
export const hubCatalogProductsQuery = graphql(`
  query HubCatalogProducts(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $query: String
    $brandIds: [ID!]
    $seasonIds: [ID!]
    $tagIds: [ID!]
    $manufacturerIds: [ID!]
    $active: Boolean
  ) {
    products(
      first: $first
      after: $after
      last: $last
      before: $before
      query: $query
      brandIds: $brandIds
      seasonIds: $seasonIds
      tagIds: $tagIds
      manufacturerIds: $manufacturerIds
      active: $active
      sort: NAME_ASC
    ) {
      edges {
        node {
          id
          reference
          name
          active
          taxRate {
            name
          }
          taxRateIsDefault
          brand {
            name
          }
          season {
            name
          }
          price {
            amount
            currencyCode
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
    brands {
      id
      name
    }
    seasons {
      id
      name
    }
    tags {
      id
      name
    }
    manufacturers {
      id
      name
    }
  }
`);

/** The four managed lists at once. */
export const managedListsQuery = graphql(`
  query ManagedLists {
    storeSettings {
      catalogLanguage
    }
    brands {
      id
      name
    }
    seasons {
      id
      name
      translations {
        language
        name
      }
    }
    tags {
      id
      name
      translations {
        language
        name
      }
    }
    manufacturers {
      id
      name
    }
  }
`);

export const brandCreateMutation = graphql(`
  mutation BrandCreate($input: BrandCreateInput!) {
    brandCreate(input: $input) {
      brand {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const brandUpdateMutation = graphql(`
  mutation BrandUpdate($input: BrandUpdateInput!) {
    brandUpdate(input: $input) {
      brand {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const brandDeleteMutation = graphql(`
  mutation BrandDelete($input: BrandDeleteInput!) {
    brandDelete(input: $input) {
      deletedBrandId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const seasonCreateMutation = graphql(`
  mutation SeasonCreate($input: SeasonCreateInput!) {
    seasonCreate(input: $input) {
      season {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const seasonUpdateMutation = graphql(`
  mutation SeasonUpdate($input: SeasonUpdateInput!) {
    seasonUpdate(input: $input) {
      season {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const seasonDeleteMutation = graphql(`
  mutation SeasonDelete($input: SeasonDeleteInput!) {
    seasonDelete(input: $input) {
      deletedSeasonId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const tagCreateMutation = graphql(`
  mutation TagCreate($input: TagCreateInput!) {
    tagCreate(input: $input) {
      tag {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const tagUpdateMutation = graphql(`
  mutation TagUpdate($input: TagUpdateInput!) {
    tagUpdate(input: $input) {
      tag {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const tagDeleteMutation = graphql(`
  mutation TagDelete($input: TagDeleteInput!) {
    tagDelete(input: $input) {
      deletedTagId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const manufacturerCreateMutation = graphql(`
  mutation ManufacturerCreate($input: ManufacturerCreateInput!) {
    manufacturerCreate(input: $input) {
      manufacturer {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const manufacturerUpdateMutation = graphql(`
  mutation ManufacturerUpdate($input: ManufacturerUpdateInput!) {
    manufacturerUpdate(input: $input) {
      manufacturer {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const manufacturerDeleteMutation = graphql(`
  mutation ManufacturerDelete($input: ManufacturerDeleteInput!) {
    manufacturerDelete(input: $input) {
      deletedManufacturerId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Price levels and storage locations, as their settings pages list them. */
export const priceLevelsQuery = graphql(`
  query HubPriceLevels {
    priceLevels {
      id
      code
      name
      currencyCode
      isDefault
    }
  }
`);

export const priceLevelCreateMutation = graphql(`
  mutation HubPriceLevelCreate($input: PriceLevelCreateInput!) {
    priceLevelCreate(input: $input) {
      priceLevel {
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

export const priceLevelUpdateMutation = graphql(`
  mutation HubPriceLevelUpdate($input: PriceLevelUpdateInput!) {
    priceLevelUpdate(input: $input) {
      priceLevel {
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

export const storageLocationsQuery = graphql(`
  query HubStorageLocations {
    storageLocations {
      id
      code
      name
      isDefault
      defaultShippingCost {
        amount
        currencyCode
      }
    }
  }
`);

export const storageLocationCreateMutation = graphql(`
  mutation HubStorageLocationCreate($input: StorageLocationCreateInput!) {
    storageLocationCreate(input: $input) {
      storageLocation {
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

export const storageLocationUpdateMutation = graphql(`
  mutation HubStorageLocationUpdate($input: StorageLocationUpdateInput!) {
    storageLocationUpdate(input: $input) {
      storageLocation {
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

/** Every level and location, for the product page's price and stock forms. */
export const productLevelsAndLocationsQuery = graphql(`
  query HubProductLevelsAndLocations {
    priceLevels {
      id
      code
      name
      currencyCode
      isDefault
    }
    storageLocations {
      id
      code
      name
      isDefault
    }
  }
`);

/** What the price and stock grids of a product are compared with before saving: its prices and stock, every level and location. */
export const productGridsQuery = graphql(`
  query HubProductGrids($id: ID!) {
    product(id: $id) {
      id
      prices {
        amount {
          amount
        }
        priceLevel {
          id
        }
      }
      stockLevels {
        quantity
        storageLocation {
          id
        }
      }
    }
    priceLevels {
      id
    }
    storageLocations {
      id
    }
  }
`);

export const productPricesSetMutation = graphql(`
  mutation HubProductPricesSet($input: ProductPricesSetInput!) {
    productPricesSet(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const stockLevelsSetMutation = graphql(`
  mutation HubStockLevelsSet($input: StockLevelsSetInput!) {
    stockLevelsSet(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const catalogImportPreviewMutation = graphql(`
  mutation HubCatalogImportPreview($input: CatalogImportPreviewInput!) {
    catalogImportPreview(input: $input) {
      preview {
        lineCount
        createCount
        updateCount
        unchangedCount
        invalidCount
        priceLevels {
          code
          name
        }
        storageLocations {
          code
          name
        }
        errors {
          line
          reference
          column
          value
          code
          message
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const catalogImportStartMutation = graphql(`
  mutation HubCatalogImportStart($input: CatalogImportStartInput!) {
    catalogImportStart(input: $input) {
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

/** Candidates for the explainer: customers by name or number, products by reference, barcode or name. */
export const explainCandidatesQuery = graphql(`
  query HubExplainCandidates($customerQuery: String, $productQuery: String, $withCustomers: Boolean!, $withProducts: Boolean!) {
    customers(query: $customerQuery, first: 8) @include(if: $withCustomers) {
      edges {
        node {
          id
          name
          customerNumber
        }
      }
    }
    products(query: $productQuery, first: 8) @include(if: $withProducts) {
      edges {
        node {
          id
          reference
          barcode
          name
        }
      }
    }
  }
`);

export const explainQuery = graphql(`
  query HubExplain($customerId: ID!, $productId: ID!) {
    productVisibilityExplain(customerId: $customerId, productId: $productId) {
      visible
      orderable
      reasons {
        rule
        message
      }
    }
    customer(id: $customerId) {
      id
      name
      customerNumber
      priceLevel {
        name
      }
    }
    product(id: $productId) {
      id
      reference
      name
      prices {
        priceLevel {
          id
          name
          isDefault
        }
        amount {
          amount
          currencyCode
        }
      }
    }
  }
`);
