// GraphQL documents shared by API tests.
export const CUSTOMER_CREATE = `mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name customerNumber documentLanguage contacts { id email phone } } userErrors { field code message } } }`;
export const CUSTOMER_UPDATE = `mutation($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { id name customerNumber privateMessage priceLevel { code } contacts { id name email } deliverySites { name city country } visibility { tags { name } brands { name } seasons { name } manufacturers { name } } } userErrors { field code message } } }`;
export const GRANT = `mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword whatsAppUrl storeAccess { id email status } userErrors { field code message } } }`;
export const SHOP_SIGN_IN = `mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { field code message } } }`;
export const PASSWORD_CHANGE = `mutation($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code } } }`;
