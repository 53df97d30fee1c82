// GraphQL documents shared by API tests, typed from schema.graphql (test/generated, `npm run codegen`,
// decision 41): the variables of every test passing them are checked by tsc.
import { graphql } from '../generated/index.js';

export const CUSTOMER_CREATE = graphql(`mutation Shared_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name customerNumber documentLanguage contacts { id email phone } } userErrors { field code message } } }`);
export const CUSTOMER_UPDATE = graphql(`mutation Shared_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { id name customerNumber privateMessage priceLevel { code } contacts { id name email } deliverySites { name city country } visibility { tags { name } brands { name } seasons { name } manufacturers { name } } } userErrors { field code message } } }`);
export const GRANT = graphql(`mutation Shared_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword whatsAppUrl storeAccess { id email status } userErrors { field code message } } }`);
export const SHOP_SIGN_IN = graphql(`mutation Shared_ShopSignIn($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { field code message } } }`);
export const PASSWORD_CHANGE = graphql(`mutation Shared_PasswordChange($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code } } }`);
