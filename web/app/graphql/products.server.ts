import { graphql } from './generated/index.js';

/** The managed lists a product form offers. */
export const productFormOptionsQuery = graphql(`
  query ProductFormOptions {
    brands {
      id
      name
    }
    seasons {
      id
      name
    }
    manufacturers {
      id
      name
    }
    tags {
      id
      name
    }
    taxRates {
      id
      name
      isDefault
    }
  }
`);

/** One product as staff edit it, with its prices per level and stock per location. */
export const hubProductQuery = graphql(`
  query HubProduct($id: ID!) {
    storeSettings {
      catalogLanguage
    }
    product(id: $id) {
      id
      reference
      barcode
      name
      description
      translations {
        language
        name
        description
      }
      unit
      packSize
      active
      imageUrl
      taxRate {
        id
      }
      taxRateIsDefault
      brand {
        id
      }
      season {
        id
      }
      manufacturer {
        id
      }
      tags {
        id
      }
      prices {
        amount {
          amount
          currencyCode
        }
        priceLevel {
          id
          name
          code
          currencyCode
        }
      }
      stockLevels {
        quantity
        storageLocation {
          id
          name
          code
        }
      }
    }
  }
`);

export const productCreateMutation = graphql(`
  mutation ProductCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product {
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

export const productUpdateMutation = graphql(`
  mutation ProductUpdate($input: ProductUpdateInput!) {
    productUpdate(input: $input) {
      product {
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
