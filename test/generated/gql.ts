/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Cart_Lines { cart { lines { id quantity product { reference } } } }": typeof types.Cart_LinesDocument,
    "mutation Cart_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }": typeof types.Cart_AddDocument,
    "mutation Cart_Update($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }": typeof types.Cart_UpdateDocument,
    "mutation Cart_Import($i: CartLinesImportInput!) { cartLinesImport(input: $i) { cart { lines { quantity product { reference } } } addedProductCount problems { line code reason message } userErrors { field code message } } }": typeof types.Cart_ImportDocument,
    "mutation Cart_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name } userErrors { field code message } } }": typeof types.Cart_CustomerCreateDocument,
    "mutation Cart_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword storeAccess { id email status } userErrors { field code message } } }": typeof types.Cart_GrantDocument,
    "query Cart_Outbox { outboxEmails(first: 20) { edges { node { toAddress template text } } } }": typeof types.Cart_OutboxDocument,
    "query Cart_ShopUserCustomers { shopUserCustomers { id name } }": typeof types.Cart_ShopUserCustomersDocument,
    "mutation Cart_Switch($i: ShopUserCustomerSwitchInput!) { shopUserCustomerSwitch(input: $i) { customer { name } userErrors { code } } }": typeof types.Cart_SwitchDocument,
    "query Cart_ViewerAndCart { viewer { customer { name } } cart { lines { id } } }": typeof types.Cart_ViewerAndCartDocument,
    "mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.OrderPlacement_AddDocument,
    "mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }": typeof types.OrderPlacement_PlaceDocument,
};
const documents: Documents = {
    "query Cart_Lines { cart { lines { id quantity product { reference } } } }": types.Cart_LinesDocument,
    "mutation Cart_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }": types.Cart_AddDocument,
    "mutation Cart_Update($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }": types.Cart_UpdateDocument,
    "mutation Cart_Import($i: CartLinesImportInput!) { cartLinesImport(input: $i) { cart { lines { quantity product { reference } } } addedProductCount problems { line code reason message } userErrors { field code message } } }": types.Cart_ImportDocument,
    "mutation Cart_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name } userErrors { field code message } } }": types.Cart_CustomerCreateDocument,
    "mutation Cart_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword storeAccess { id email status } userErrors { field code message } } }": types.Cart_GrantDocument,
    "query Cart_Outbox { outboxEmails(first: 20) { edges { node { toAddress template text } } } }": types.Cart_OutboxDocument,
    "query Cart_ShopUserCustomers { shopUserCustomers { id name } }": types.Cart_ShopUserCustomersDocument,
    "mutation Cart_Switch($i: ShopUserCustomerSwitchInput!) { shopUserCustomerSwitch(input: $i) { customer { name } userErrors { code } } }": types.Cart_SwitchDocument,
    "query Cart_ViewerAndCart { viewer { customer { name } } cart { lines { id } } }": types.Cart_ViewerAndCartDocument,
    "mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.OrderPlacement_AddDocument,
    "mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }": types.OrderPlacement_PlaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cart_Lines { cart { lines { id quantity product { reference } } } }"): typeof import('./graphql.js').Cart_LinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cart_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }"): typeof import('./graphql.js').Cart_AddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cart_Update($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }"): typeof import('./graphql.js').Cart_UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cart_Import($i: CartLinesImportInput!) { cartLinesImport(input: $i) { cart { lines { quantity product { reference } } } addedProductCount problems { line code reason message } userErrors { field code message } } }"): typeof import('./graphql.js').Cart_ImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cart_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name } userErrors { field code message } } }"): typeof import('./graphql.js').Cart_CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cart_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword storeAccess { id email status } userErrors { field code message } } }"): typeof import('./graphql.js').Cart_GrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cart_Outbox { outboxEmails(first: 20) { edges { node { toAddress template text } } } }"): typeof import('./graphql.js').Cart_OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cart_ShopUserCustomers { shopUserCustomers { id name } }"): typeof import('./graphql.js').Cart_ShopUserCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cart_Switch($i: ShopUserCustomerSwitchInput!) { shopUserCustomerSwitch(input: $i) { customer { name } userErrors { code } } }"): typeof import('./graphql.js').Cart_SwitchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cart_ViewerAndCart { viewer { customer { name } } cart { lines { id } } }"): typeof import('./graphql.js').Cart_ViewerAndCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').OrderPlacement_AddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }"): typeof import('./graphql.js').OrderPlacement_PlaceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
