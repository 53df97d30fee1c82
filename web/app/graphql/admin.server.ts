import { graphql } from './generated/index.js';

// Admin-only pages (A1, I2): the API answers FORBIDDEN to anyone else.

export const staffMembersQuery = graphql(`
  query StaffMembers {
    viewer {
      staff {
        id
      }
    }
    staffMembers {
      id
      name
      email
      role
      language
      active
      lastSignInAt
    }
  }
`);

export const staffCreateMutation = graphql(`
  mutation StaffCreate($input: StaffCreateInput!) {
    staffCreate(input: $input) {
      staff {
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

export const staffUpdateMutation = graphql(`
  mutation StaffUpdate($input: StaffUpdateInput!) {
    staffUpdate(input: $input) {
      staff {
        id
        name
        role
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const storeSettingsQuery = graphql(`
  query StoreSettings {
    viewer {
      staff {
        role
      }
    }
    storeSettings {
      storeName
      autoApproveBuyers
      showStock
      reusePreviousShippingCost
      selfRegistrationEnabled
      showAccessRequestButton
      pendingApprovalRecipients
      pricesIncludeTax
      taxRounding
      catalogLanguage
      shippingTaxRate {
        id
        isDefault
      }
    }
    taxRates {
      id
      name
      isDefault
    }
  }
`);

export const storeSettingsUpdateMutation = graphql(`
  mutation StoreSettingsUpdate($input: StoreSettingsUpdateInput!) {
    storeSettingsUpdate(input: $input) {
      storeSettings {
        storeName
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Changing the catalog language (issue 16, decision 0058). */
export const catalogLanguageChangeMutation = graphql(`
  mutation CatalogLanguageChange($input: CatalogLanguageChangeInput!) {
    catalogLanguageChange(input: $input) {
      missingCount
      missingReferences
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const apiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const apiTokenCreateMutation = graphql(`
  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) {
      apiToken {
        id
        name
      }
      token
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const apiTokenRevokeMutation = graphql(`
  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {
    apiTokenRevoke(input: $input) {
      apiToken {
        id
        name
        revokedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
