import { graphql } from './generated/index.js';

// The letterhead on PDF documents and which emails carry them (issue 15 D2), for admins.

export const documentSettingsQuery = graphql(`
  query DocumentSettings {
    viewer {
      staff {
        role
      }
    }
    storeSettings {
      storeName
      legalName
      legalAddress
      vatNumber
      companyRegistration
      iban
      bic
      paymentTerms
      documentFooter
      hasLogo
      attachPdfToEmails
      attachDeliveryNoteToEmails
    }
  }
`);

export const documentSettingsUpdateMutation = graphql(`
  mutation DocumentSettingsUpdate($input: StoreSettingsUpdateInput!) {
    storeSettingsUpdate(input: $input) {
      storeSettings {
        legalName
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
