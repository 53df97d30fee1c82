import { graphql } from './generated/index.js';

/** What every page needs: who is asking (for the language) and the store's name. */
export const rootQuery = graphql(`
  query Root {
    viewer {
      kind
      language
    }
    storeSettings {
      storeName
    }
  }
`);

/** The store layout: the shop user, its customer and what the header shows. */
export const storeShellQuery = graphql(`
  query StoreShell {
    viewer {
      kind
      language
      mustChangePassword
      storeAccessStatus
      shopUser {
        email
        mustChangePassword
      }
      customer {
        name
        privateMessage
        status
        exclusionReason
      }
    }
    storeSettings {
      storeName
      showStock
    }
  }
`);

/** The hub layout: the staff member. */
export const hubShellQuery = graphql(`
  query HubShell {
    viewer {
      kind
      staff {
        name
        email
        role
      }
    }
  }
`);

export const shopUserSignInMutation = graphql(`
  mutation ShopUserSignIn($input: SignInInput!) {
    shopUserSignIn(input: $input) {
      shopUser {
        email
        mustChangePassword
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const staffSignInMutation = graphql(`
  mutation StaffSignIn($input: SignInInput!) {
    staffSignIn(input: $input) {
      staff {
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

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

export const shopUserPasswordChangeMutation = graphql(`
  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {
    shopUserPasswordChange(input: $input) {
      shopUser {
        mustChangePassword
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
