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

/** The store layout: the shop user (or the staff member viewing as a client), its customer and what the header shows. */
export const storeShellQuery = graphql(`
  query StoreShell {
    viewer {
      kind
      language
      mustChangePassword
      storeAccessStatus
      viewingAsClient
      shopUser {
        email
        mustChangePassword
      }
      customer {
        id
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

/** The hub layout: the staff member, the bell's count, and the customer it may be viewing the store as. */
export const hubShellQuery = graphql(`
  query HubShell {
    viewer {
      kind
      viewingAsClient
      staff {
        name
        email
        role
      }
      customer {
        id
        name
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

/** What the store's sign-in page offers besides signing in. */
export const signInOptionsQuery = graphql(`
  query SignInOptions {
    viewer {
      kind
      mustChangePassword
      viewingAsClient
    }
    storeSettings {
      storeName
      selfRegistrationEnabled
      showAccessRequestButton
    }
  }
`);

/** The signed-in user's own language (anonymous visitors use the cookie). */
export const viewerLanguageSetMutation = graphql(`
  mutation ViewerLanguageSet($input: ViewerLanguageSetInput!) {
    viewerLanguageSet(input: $input) {
      language
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const passwordResetRequestMutation = graphql(`
  mutation ShopUserPasswordResetRequest($input: ShopUserPasswordResetRequestInput!) {
    shopUserPasswordResetRequest(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const passwordResetCompleteMutation = graphql(`
  mutation ShopUserPasswordResetComplete($input: ShopUserPasswordResetCompleteInput!) {
    shopUserPasswordResetComplete(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Staff open the store as one customer (V1). */
export const viewAsClientStartMutation = graphql(`
  mutation ViewAsClientStart($input: ViewAsClientStartInput!) {
    viewAsClientStart(input: $input) {
      customer {
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

export const viewAsClientStopMutation = graphql(`
  mutation ViewAsClientStop {
    viewAsClientStop {
      customer {
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
