import { graphql } from './generated/index.js';

// VAT rates in the hub (issue 15, D1; decision 35): the list, and the admin's create / change / delete.

/** Every rate, lowest first, and who asks (admins manage them; sales only read). */
export const hubTaxRatesQuery = graphql(`
  query HubTaxRates {
    viewer {
      staff {
        role
      }
    }
    taxRates {
      id
      name
      percentage
      isDefault
    }
  }
`);

export const taxRateCreateMutation = graphql(`
  mutation HubTaxRateCreate($input: TaxRateCreateInput!) {
    taxRateCreate(input: $input) {
      taxRate {
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

export const taxRateUpdateMutation = graphql(`
  mutation HubTaxRateUpdate($input: TaxRateUpdateInput!) {
    taxRateUpdate(input: $input) {
      taxRate {
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

export const taxRateDeleteMutation = graphql(`
  mutation HubTaxRateDelete($input: TaxRateDeleteInput!) {
    taxRateDelete(input: $input) {
      deletedTaxRateId
      userErrors {
        field
        code
        message
      }
    }
  }
`);
