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
    "mutation AccessManagement_StoreSettingsUpdate($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { storeSettings { autoApproveBuyers selfRegistrationEnabled } userErrors { code } } }": typeof types.AccessManagement_StoreSettingsUpdateDocument,
    "mutation AccessManagement_StaffCreate($i: StaffCreateInput!) { staffCreate(input: $i) { staff { id email role active } userErrors { field code } } }": typeof types.AccessManagement_StaffCreateDocument,
    "mutation AccessManagement_StaffUpdate($i: StaffUpdateInput!) { staffUpdate(input: $i) { staff { role active } userErrors { field code } } }": typeof types.AccessManagement_StaffUpdateDocument,
    "query AccessManagement_StaffMembers { staffMembers { email } }": typeof types.AccessManagement_StaffMembersDocument,
    "query AccessManagement_StaffMembers2 { staffMembers { id email role } }": typeof types.AccessManagement_StaffMembers2Document,
    "query AccessManagement_Viewer { viewer { kind } }": typeof types.AccessManagement_ViewerDocument,
    "query AccessManagement_Customers { customers(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }": typeof types.AccessManagement_CustomersDocument,
    "query AccessManagement_Customers2($a: String) { customers(first: 50, after: $a) { edges { node { name } } } }": typeof types.AccessManagement_Customers2Document,
    "query AccessManagement_Customers3 { customers(first: 5, query: \"b2@cust\") { edges { node { customerNumber } } } }": typeof types.AccessManagement_Customers3Document,
    "query AccessManagement_Customers4 { customers(first: 1, query: \"A-2\") { edges { node { id } } } }": typeof types.AccessManagement_Customers4Document,
    "query AccessManagement_Customers5($p: ID) { customers(first: 5, priceLevelId: $p) { edges { node { customerNumber } } } }": typeof types.AccessManagement_Customers5Document,
    "query AccessManagement_Customers6 { customers(first: 5, language: NL) { totalCount } }": typeof types.AccessManagement_Customers6Document,
    "query AccessManagement_Customers7 { customers(first: 50, accessStatus: NONE) { totalCount } }": typeof types.AccessManagement_Customers7Document,
    "query AccessManagement_Customer($id: ID!) { customer(id: $id) { privateMessage accessCount emailAccesses { email status storeAccess { lastAccessAt } } visibility { tags { name } } } }": typeof types.AccessManagement_CustomerDocument,
    "mutation AccessManagement_StoreAccessBlock($i: StoreAccessIdInput!) { storeAccessBlock(input: $i) { storeAccess { status } userErrors { code } } }": typeof types.AccessManagement_StoreAccessBlockDocument,
    "query AccessManagement_Viewer2 { viewer { kind } }": typeof types.AccessManagement_Viewer2Document,
    "mutation AccessManagement_StoreAccessUnblock($i: StoreAccessIdInput!) { storeAccessUnblock(input: $i) { userErrors { code } } }": typeof types.AccessManagement_StoreAccessUnblockDocument,
    "mutation AccessManagement_StoreAccessRegeneratePassword($i: StoreAccessRegeneratePasswordInput!) { storeAccessRegeneratePassword(input: $i) { temporaryPassword userErrors { code } } }": typeof types.AccessManagement_StoreAccessRegeneratePasswordDocument,
    "query AccessManagement_HubNotifications { hubNotifications { total pendingApprovalCount pendingApprovals { email customer { name } } } }": typeof types.AccessManagement_HubNotificationsDocument,
    "query AccessManagement_Products { products(first: 5) { totalCount } }": typeof types.AccessManagement_ProductsDocument,
    "mutation AccessManagement_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.AccessManagement_CartLinesAddDocument,
    "mutation AccessManagement_OrderPlace { orderPlace(input: { idempotencyKey: \"p1\" }) { order { id } userErrors { code message } } }": typeof types.AccessManagement_OrderPlaceDocument,
    "mutation AccessManagement_StoreAccessApprove($i: StoreAccessIdInput!) { storeAccessApprove(input: $i) { storeAccess { status } } }": typeof types.AccessManagement_StoreAccessApproveDocument,
    "mutation AccessManagement_OrderPlace2 { orderPlace(input: { idempotencyKey: \"p1\" }) { order { status } userErrors { code } } }": typeof types.AccessManagement_OrderPlace2Document,
    "mutation AccessManagement_CartLinesAdd2($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.AccessManagement_CartLinesAdd2Document,
    "mutation AccessManagement_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }": typeof types.AccessManagement_CustomerExcludeDocument,
    "mutation AccessManagement_CustomerExclude2($i: CustomerExcludeInput!) { customerExclude(input: $i) { customer { status } } }": typeof types.AccessManagement_CustomerExclude2Document,
    "query AccessManagement_Viewer3 { viewer { customer { status exclusionReason } } }": typeof types.AccessManagement_Viewer3Document,
    "mutation AccessManagement_OrderPlace3 { orderPlace(input: { idempotencyKey: \"x1\" }) { userErrors { code message } } }": typeof types.AccessManagement_OrderPlace3Document,
    "mutation AccessManagement_CustomerExclusionLift($i: CustomerExclusionLiftInput!) { customerExclusionLift(input: $i) { customer { status } } }": typeof types.AccessManagement_CustomerExclusionLiftDocument,
    "query AccessManagement_Cart { cart { lines { quantity } } }": typeof types.AccessManagement_CartDocument,
    "mutation AccessManagement_OrderPlace4 { orderPlace(input: { idempotencyKey: \"x1\" }) { order { status } } }": typeof types.AccessManagement_OrderPlace4Document,
    "mutation AccessManagement_StoreAccessBulkGrant($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } userErrors { code field } } }": typeof types.AccessManagement_StoreAccessBulkGrantDocument,
    "query AccessManagement_Task($id: ID!) { task(id: $id) { status total processed succeeded progress skipped { label code message } } }": typeof types.AccessManagement_TaskDocument,
    "mutation AccessManagement_ShopUserPasswordResetRequest($i: ShopUserPasswordResetRequestInput!) { shopUserPasswordResetRequest(input: $i) { ok userErrors { code } } }": typeof types.AccessManagement_ShopUserPasswordResetRequestDocument,
    "mutation AccessManagement_ShopUserPasswordResetComplete($i: ShopUserPasswordResetCompleteInput!) { shopUserPasswordResetComplete(input: $i) { ok userErrors { code field } } }": typeof types.AccessManagement_ShopUserPasswordResetCompleteDocument,
    "query AccessManagement_Viewer4 { viewer { mustChangePassword } }": typeof types.AccessManagement_Viewer4Document,
    "mutation AccessManagement_RegistrationRequestSubmit($i: RegistrationRequestSubmitInput!) { registrationRequestSubmit(input: $i) { received userErrors { code field } } }": typeof types.AccessManagement_RegistrationRequestSubmitDocument,
    "query AccessManagement_HubNotifications2 { hubNotifications { registrationRequestCount registrationRequests { email vatNumber language } } }": typeof types.AccessManagement_HubNotifications2Document,
    "query AccessManagement_RegistrationRequests { registrationRequests(first: 5, status: PENDING) { edges { node { id } } } }": typeof types.AccessManagement_RegistrationRequestsDocument,
    "mutation AccessManagement_RegistrationRequestApprove($i: RegistrationRequestApproveInput!) { registrationRequestApprove(input: $i) { registrationRequest { status customer { name customerNumber documentLanguage } } storeAccess { email status } userErrors { code field } } }": typeof types.AccessManagement_RegistrationRequestApproveDocument,
    "query AccessManagement_RegistrationRequests2 { registrationRequests(first: 5, status: PENDING) { edges { node { id email } } } }": typeof types.AccessManagement_RegistrationRequests2Document,
    "mutation AccessManagement_RegistrationRequestRefuse($i: RegistrationRequestRefuseInput!) { registrationRequestRefuse(input: $i) { registrationRequest { status refusalReason } userErrors { code } } }": typeof types.AccessManagement_RegistrationRequestRefuseDocument,
    "mutation AccessManagement_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token apiToken { id prefix scopes } userErrors { code } } }": typeof types.AccessManagement_ApiTokenCreateDocument,
    "query AccessManagement_ApiTokens { apiTokens { prefix scopes } }": typeof types.AccessManagement_ApiTokensDocument,
    "query AccessManagement_Products2 { products(first: 1) { totalCount } }": typeof types.AccessManagement_Products2Document,
    "query AccessManagement_Customers8 { customers(first: 1) { totalCount } }": typeof types.AccessManagement_Customers8Document,
    "mutation AccessManagement_ApiTokenRevoke($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { apiToken { revokedAt } } }": typeof types.AccessManagement_ApiTokenRevokeDocument,
    "query AccessManagement_Products3 { products(first: 1) { totalCount } }": typeof types.AccessManagement_Products3Document,
    "query Activity_Customer($id: ID!, $after: String) { customer(id: $id) { activities(first: 3, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { kind detail createdAt shopUser { email } } } } } }": typeof types.Activity_CustomerDocument,
    "query Activity_HubNotifications { hubNotifications { total unreadCount unreadOrderCount unreadApprovalCount unreadRegistrationCount submittedOrderCount submittedOrders { number } } }": typeof types.Activity_HubNotificationsDocument,
    "mutation Activity_HubNotificationsMarkRead($i: HubNotificationsMarkReadInput!) { hubNotificationsMarkRead(input: $i) { hubNotifications { unreadCount unreadOrderCount unreadRegistrationCount } userErrors { code } } }": typeof types.Activity_HubNotificationsMarkReadDocument,
    "query Activity_Products { products(first: 5, query: \"espresso\") { totalCount } }": typeof types.Activity_ProductsDocument,
    "query Activity_Product($id: ID!) { product(id: $id) { name } }": typeof types.Activity_ProductDocument,
    "mutation Activity_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.Activity_CartLinesAddDocument,
    "mutation Activity_OrderPlace { orderPlace(input: { idempotencyKey: \"act-1\" }) { order { number } userErrors { code } } }": typeof types.Activity_OrderPlaceDocument,
    "mutation Activity_ViewAsClientStart($i: ViewAsClientStartInput!) { viewAsClientStart(input: $i) { userErrors { code } } }": typeof types.Activity_ViewAsClientStartDocument,
    "query Activity_Products2 { products(first: 5, query: \"staff-search\") { totalCount } }": typeof types.Activity_Products2Document,
    "query Activity_Customer2($id: ID!) { customer(id: $id) { storeAccesses { lastAccessAt } } }": typeof types.Activity_Customer2Document,
    "mutation Activity_StoreSettingsUpdate { storeSettingsUpdate(input: { selfRegistrationEnabled: true }) { userErrors { code } } }": typeof types.Activity_StoreSettingsUpdateDocument,
    "mutation Activity_RegistrationRequestSubmit { registrationRequestSubmit(input: { companyName: \"Neu\", contactName: \"N\", email: \"n@neu.test\" }) { received } }": typeof types.Activity_RegistrationRequestSubmitDocument,
    "mutation Activity_OrderPlace2 { orderPlace(input: { idempotencyKey: \"noop\" }) { userErrors { code } } }": typeof types.Activity_OrderPlace2Document,
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
    "mutation ErpPull_OrderAcknowledge($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) {\n  order { id externalReference acknowledgedAt updatedAt timeline { kind externalReference previousExternalReference actorKind actorName } }\n  userErrors { field code message } } }": typeof types.ErpPull_OrderAcknowledgeDocument,
    "query ErpPull_Orders($since: DateTimeISO!, $after: String, $first: Int) {\n  orders(updatedSince: $since, after: $after, first: $first) { edges { cursor node { id number status updatedAt } } pageInfo { hasNextPage endCursor } } }": typeof types.ErpPull_OrdersDocument,
    "mutation ErpPull_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.ErpPull_CartLinesAddDocument,
    "mutation ErpPull_OrderPlace($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }": typeof types.ErpPull_OrderPlaceDocument,
    "mutation ErpPull_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }": typeof types.ErpPull_ApiTokenCreateDocument,
    "query ErpPull_Orders2($since: DateTimeISO!) { orders(updatedSince: $since, first: 2) { edges { node { id } } } }": typeof types.ErpPull_Orders2Document,
    "mutation ErpPull_OrderValidate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { userErrors { code } } }": typeof types.ErpPull_OrderValidateDocument,
    "query ErpPull_Orders3 { orders(acknowledged: false, first: 100) { edges { node { id } } } }": typeof types.ErpPull_Orders3Document,
    "query ErpPull_Orders4 { orders(acknowledged: true, first: 100) { edges { node { id } } } }": typeof types.ErpPull_Orders4Document,
    "query ErpPull_Orders5 { orders(search: \"2026-0043\", first: 10) { edges { node { id externalReference } } } }": typeof types.ErpPull_Orders5Document,
    "query ErpPull_Orders6 { orders(search: \"so-2026-0043\", first: 10) { edges { node { id externalReference timeline { kind actorName } } } } }": typeof types.ErpPull_Orders6Document,
    "query ErpPull_Orders7 { orders(search: \"SO-2026-0043\", first: 10) { edges { node { id } } } }": typeof types.ErpPull_Orders7Document,
    "query ErpPull_Order($id: ID!) { order(id: $id) { externalReference } }": typeof types.ErpPull_OrderDocument,
    "query ErpPull_Order2($id: ID!) { order(id: $id) { externalReference timeline { kind externalReference previousExternalReference } } }": typeof types.ErpPull_Order2Document,
    "query ErpPull_Order3($id: ID!) { order(id: $id) { externalReference acknowledgedAt timeline { kind } } }": typeof types.ErpPull_Order3Document,
    "query ErpPull_Customers($since: DateTimeISO!, $after: String, $first: Int) {\n    customers(updatedSince: $since, after: $after, first: $first) { edges { node { id customerNumber updatedAt } } pageInfo { hasNextPage endCursor } } }": typeof types.ErpPull_CustomersDocument,
    "query ErpPull_Customer($id: ID!) { customer(id: $id) { auditEvents(first: 10) { edges { node { action actorName staff { name } } } } } }": typeof types.ErpPull_CustomerDocument,
    "mutation ErpPull_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }": typeof types.ErpPull_CustomerUpdateDocument,
    "mutation ErpPull_CustomerUpdate2($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { updatedAt } userErrors { code } } }": typeof types.ErpPull_CustomerUpdate2Document,
    "mutation ErpPull_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }": typeof types.ErpPull_CustomerExcludeDocument,
    "mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.OrderPlacement_AddDocument,
    "mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }": typeof types.OrderPlacement_PlaceDocument,
    "fragment OrderWorkflow_OrderFields on Order {\n  id number status shippingCost { amount } subtotal { amount } total { amount }\n  timeline { kind fromStatus toStatus reason actorKind actorName at shippingCost { amount } previousShippingCost { amount } }\n}": typeof types.OrderWorkflow_OrderFieldsFragmentDoc,
    "mutation OrderWorkflow_Validate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": typeof types.OrderWorkflow_ValidateDocument,
    "mutation OrderWorkflow_Reject($i: OrderRejectInput!) { orderReject(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": typeof types.OrderWorkflow_RejectDocument,
    "mutation OrderWorkflow_Ship($i: OrderStatusChangeInput!) { orderShip(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": typeof types.OrderWorkflow_ShipDocument,
    "mutation OrderWorkflow_Deliver($i: OrderStatusChangeInput!) { orderDeliver(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": typeof types.OrderWorkflow_DeliverDocument,
    "mutation OrderWorkflow_Cancel($i: OrderStatusChangeInput!) { orderCancel(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": typeof types.OrderWorkflow_CancelDocument,
    "mutation OrderWorkflow_ShippingCost($i: OrderShippingCostUpdateInput!) { orderShippingCostUpdate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": typeof types.OrderWorkflow_ShippingCostDocument,
    "mutation OrderWorkflow_Reorder($i: OrderReorderInput!) { orderReorder(input: $i) { addedLineCount cart { lines { quantity product { reference } } } userErrors { field code message } } }": typeof types.OrderWorkflow_ReorderDocument,
    "query OrderWorkflow_Order($id: ID!) { order(id: $id) { ...OrderWorkflow_OrderFields } }": typeof types.OrderWorkflow_OrderDocument,
    "mutation OrderWorkflow_CartAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": typeof types.OrderWorkflow_CartAddDocument,
    "mutation OrderWorkflow_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }": typeof types.OrderWorkflow_PlaceDocument,
    "mutation OrderWorkflow_TokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }": typeof types.OrderWorkflow_TokenCreateDocument,
    "query OrderWorkflow_AllOrders { orders(first: 100) { totalCount edges { node { id customer { id name } placedAt status } } } }": typeof types.OrderWorkflow_AllOrdersDocument,
    "query OrderWorkflow_Searched { orders(first: 50, customerSearch: \"w-2\") { totalCount edges { node { customer { name } } } } }": typeof types.OrderWorkflow_SearchedDocument,
    "query OrderWorkflow_List($c: ID, $s: OrderStatus, $from: DateTimeISO, $before: DateTimeISO, $after: String) {\n  orders(first: 2, customerId: $c, status: $s, placedFrom: $from, placedBefore: $before, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id customer { name } status } } } }": typeof types.OrderWorkflow_ListDocument,
    "mutation OrderWorkflow_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { field code message } } }": typeof types.OrderWorkflow_CustomerCreateDocument,
    "mutation OrderWorkflow_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { field code message } } }": typeof types.OrderWorkflow_GrantDocument,
    "query StoreUsers_StoreUsers($search: String, $status: StoreAccessStatus, $customerId: ID, $language: Language, $before: DateTimeISO, $after: DateTimeISO, $first: Int, $cursor: String) {\n  storeUsers(search: $search, status: $status, customerId: $customerId, language: $language, lastAccessBefore: $before, lastAccessAfter: $after, first: $first, after: $cursor) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id email phone language grantedAt lastAccessAt accessCount accesses { id status customer { id name customerNumber } } } }\n  }\n}": typeof types.StoreUsers_StoreUsersDocument,
    "mutation StoreUsers_StoreSettingsUpdate { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }": typeof types.StoreUsers_StoreSettingsUpdateDocument,
    "mutation StoreUsers_StoreSettingsUpdate2 { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }": typeof types.StoreUsers_StoreSettingsUpdate2Document,
    "mutation StoreUsers_StoreAccessBlock($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }": typeof types.StoreUsers_StoreAccessBlockDocument,
    "mutation Shared_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name customerNumber documentLanguage contacts { id email phone } } userErrors { field code message } } }": typeof types.Shared_CustomerCreateDocument,
    "mutation Shared_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { id name customerNumber privateMessage priceLevel { code } contacts { id name email } deliverySites { name city country } visibility { tags { name } brands { name } seasons { name } manufacturers { name } } } userErrors { field code message } } }": typeof types.Shared_CustomerUpdateDocument,
    "mutation Shared_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword whatsAppUrl storeAccess { id email status } userErrors { field code message } } }": typeof types.Shared_GrantDocument,
    "mutation Shared_ShopSignIn($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { field code message } } }": typeof types.Shared_ShopSignInDocument,
    "mutation Shared_PasswordChange($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code } } }": typeof types.Shared_PasswordChangeDocument,
};
const documents: Documents = {
    "mutation AccessManagement_StoreSettingsUpdate($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { storeSettings { autoApproveBuyers selfRegistrationEnabled } userErrors { code } } }": types.AccessManagement_StoreSettingsUpdateDocument,
    "mutation AccessManagement_StaffCreate($i: StaffCreateInput!) { staffCreate(input: $i) { staff { id email role active } userErrors { field code } } }": types.AccessManagement_StaffCreateDocument,
    "mutation AccessManagement_StaffUpdate($i: StaffUpdateInput!) { staffUpdate(input: $i) { staff { role active } userErrors { field code } } }": types.AccessManagement_StaffUpdateDocument,
    "query AccessManagement_StaffMembers { staffMembers { email } }": types.AccessManagement_StaffMembersDocument,
    "query AccessManagement_StaffMembers2 { staffMembers { id email role } }": types.AccessManagement_StaffMembers2Document,
    "query AccessManagement_Viewer { viewer { kind } }": types.AccessManagement_ViewerDocument,
    "query AccessManagement_Customers { customers(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }": types.AccessManagement_CustomersDocument,
    "query AccessManagement_Customers2($a: String) { customers(first: 50, after: $a) { edges { node { name } } } }": types.AccessManagement_Customers2Document,
    "query AccessManagement_Customers3 { customers(first: 5, query: \"b2@cust\") { edges { node { customerNumber } } } }": types.AccessManagement_Customers3Document,
    "query AccessManagement_Customers4 { customers(first: 1, query: \"A-2\") { edges { node { id } } } }": types.AccessManagement_Customers4Document,
    "query AccessManagement_Customers5($p: ID) { customers(first: 5, priceLevelId: $p) { edges { node { customerNumber } } } }": types.AccessManagement_Customers5Document,
    "query AccessManagement_Customers6 { customers(first: 5, language: NL) { totalCount } }": types.AccessManagement_Customers6Document,
    "query AccessManagement_Customers7 { customers(first: 50, accessStatus: NONE) { totalCount } }": types.AccessManagement_Customers7Document,
    "query AccessManagement_Customer($id: ID!) { customer(id: $id) { privateMessage accessCount emailAccesses { email status storeAccess { lastAccessAt } } visibility { tags { name } } } }": types.AccessManagement_CustomerDocument,
    "mutation AccessManagement_StoreAccessBlock($i: StoreAccessIdInput!) { storeAccessBlock(input: $i) { storeAccess { status } userErrors { code } } }": types.AccessManagement_StoreAccessBlockDocument,
    "query AccessManagement_Viewer2 { viewer { kind } }": types.AccessManagement_Viewer2Document,
    "mutation AccessManagement_StoreAccessUnblock($i: StoreAccessIdInput!) { storeAccessUnblock(input: $i) { userErrors { code } } }": types.AccessManagement_StoreAccessUnblockDocument,
    "mutation AccessManagement_StoreAccessRegeneratePassword($i: StoreAccessRegeneratePasswordInput!) { storeAccessRegeneratePassword(input: $i) { temporaryPassword userErrors { code } } }": types.AccessManagement_StoreAccessRegeneratePasswordDocument,
    "query AccessManagement_HubNotifications { hubNotifications { total pendingApprovalCount pendingApprovals { email customer { name } } } }": types.AccessManagement_HubNotificationsDocument,
    "query AccessManagement_Products { products(first: 5) { totalCount } }": types.AccessManagement_ProductsDocument,
    "mutation AccessManagement_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.AccessManagement_CartLinesAddDocument,
    "mutation AccessManagement_OrderPlace { orderPlace(input: { idempotencyKey: \"p1\" }) { order { id } userErrors { code message } } }": types.AccessManagement_OrderPlaceDocument,
    "mutation AccessManagement_StoreAccessApprove($i: StoreAccessIdInput!) { storeAccessApprove(input: $i) { storeAccess { status } } }": types.AccessManagement_StoreAccessApproveDocument,
    "mutation AccessManagement_OrderPlace2 { orderPlace(input: { idempotencyKey: \"p1\" }) { order { status } userErrors { code } } }": types.AccessManagement_OrderPlace2Document,
    "mutation AccessManagement_CartLinesAdd2($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.AccessManagement_CartLinesAdd2Document,
    "mutation AccessManagement_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }": types.AccessManagement_CustomerExcludeDocument,
    "mutation AccessManagement_CustomerExclude2($i: CustomerExcludeInput!) { customerExclude(input: $i) { customer { status } } }": types.AccessManagement_CustomerExclude2Document,
    "query AccessManagement_Viewer3 { viewer { customer { status exclusionReason } } }": types.AccessManagement_Viewer3Document,
    "mutation AccessManagement_OrderPlace3 { orderPlace(input: { idempotencyKey: \"x1\" }) { userErrors { code message } } }": types.AccessManagement_OrderPlace3Document,
    "mutation AccessManagement_CustomerExclusionLift($i: CustomerExclusionLiftInput!) { customerExclusionLift(input: $i) { customer { status } } }": types.AccessManagement_CustomerExclusionLiftDocument,
    "query AccessManagement_Cart { cart { lines { quantity } } }": types.AccessManagement_CartDocument,
    "mutation AccessManagement_OrderPlace4 { orderPlace(input: { idempotencyKey: \"x1\" }) { order { status } } }": types.AccessManagement_OrderPlace4Document,
    "mutation AccessManagement_StoreAccessBulkGrant($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } userErrors { code field } } }": types.AccessManagement_StoreAccessBulkGrantDocument,
    "query AccessManagement_Task($id: ID!) { task(id: $id) { status total processed succeeded progress skipped { label code message } } }": types.AccessManagement_TaskDocument,
    "mutation AccessManagement_ShopUserPasswordResetRequest($i: ShopUserPasswordResetRequestInput!) { shopUserPasswordResetRequest(input: $i) { ok userErrors { code } } }": types.AccessManagement_ShopUserPasswordResetRequestDocument,
    "mutation AccessManagement_ShopUserPasswordResetComplete($i: ShopUserPasswordResetCompleteInput!) { shopUserPasswordResetComplete(input: $i) { ok userErrors { code field } } }": types.AccessManagement_ShopUserPasswordResetCompleteDocument,
    "query AccessManagement_Viewer4 { viewer { mustChangePassword } }": types.AccessManagement_Viewer4Document,
    "mutation AccessManagement_RegistrationRequestSubmit($i: RegistrationRequestSubmitInput!) { registrationRequestSubmit(input: $i) { received userErrors { code field } } }": types.AccessManagement_RegistrationRequestSubmitDocument,
    "query AccessManagement_HubNotifications2 { hubNotifications { registrationRequestCount registrationRequests { email vatNumber language } } }": types.AccessManagement_HubNotifications2Document,
    "query AccessManagement_RegistrationRequests { registrationRequests(first: 5, status: PENDING) { edges { node { id } } } }": types.AccessManagement_RegistrationRequestsDocument,
    "mutation AccessManagement_RegistrationRequestApprove($i: RegistrationRequestApproveInput!) { registrationRequestApprove(input: $i) { registrationRequest { status customer { name customerNumber documentLanguage } } storeAccess { email status } userErrors { code field } } }": types.AccessManagement_RegistrationRequestApproveDocument,
    "query AccessManagement_RegistrationRequests2 { registrationRequests(first: 5, status: PENDING) { edges { node { id email } } } }": types.AccessManagement_RegistrationRequests2Document,
    "mutation AccessManagement_RegistrationRequestRefuse($i: RegistrationRequestRefuseInput!) { registrationRequestRefuse(input: $i) { registrationRequest { status refusalReason } userErrors { code } } }": types.AccessManagement_RegistrationRequestRefuseDocument,
    "mutation AccessManagement_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token apiToken { id prefix scopes } userErrors { code } } }": types.AccessManagement_ApiTokenCreateDocument,
    "query AccessManagement_ApiTokens { apiTokens { prefix scopes } }": types.AccessManagement_ApiTokensDocument,
    "query AccessManagement_Products2 { products(first: 1) { totalCount } }": types.AccessManagement_Products2Document,
    "query AccessManagement_Customers8 { customers(first: 1) { totalCount } }": types.AccessManagement_Customers8Document,
    "mutation AccessManagement_ApiTokenRevoke($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { apiToken { revokedAt } } }": types.AccessManagement_ApiTokenRevokeDocument,
    "query AccessManagement_Products3 { products(first: 1) { totalCount } }": types.AccessManagement_Products3Document,
    "query Activity_Customer($id: ID!, $after: String) { customer(id: $id) { activities(first: 3, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { kind detail createdAt shopUser { email } } } } } }": types.Activity_CustomerDocument,
    "query Activity_HubNotifications { hubNotifications { total unreadCount unreadOrderCount unreadApprovalCount unreadRegistrationCount submittedOrderCount submittedOrders { number } } }": types.Activity_HubNotificationsDocument,
    "mutation Activity_HubNotificationsMarkRead($i: HubNotificationsMarkReadInput!) { hubNotificationsMarkRead(input: $i) { hubNotifications { unreadCount unreadOrderCount unreadRegistrationCount } userErrors { code } } }": types.Activity_HubNotificationsMarkReadDocument,
    "query Activity_Products { products(first: 5, query: \"espresso\") { totalCount } }": types.Activity_ProductsDocument,
    "query Activity_Product($id: ID!) { product(id: $id) { name } }": types.Activity_ProductDocument,
    "mutation Activity_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.Activity_CartLinesAddDocument,
    "mutation Activity_OrderPlace { orderPlace(input: { idempotencyKey: \"act-1\" }) { order { number } userErrors { code } } }": types.Activity_OrderPlaceDocument,
    "mutation Activity_ViewAsClientStart($i: ViewAsClientStartInput!) { viewAsClientStart(input: $i) { userErrors { code } } }": types.Activity_ViewAsClientStartDocument,
    "query Activity_Products2 { products(first: 5, query: \"staff-search\") { totalCount } }": types.Activity_Products2Document,
    "query Activity_Customer2($id: ID!) { customer(id: $id) { storeAccesses { lastAccessAt } } }": types.Activity_Customer2Document,
    "mutation Activity_StoreSettingsUpdate { storeSettingsUpdate(input: { selfRegistrationEnabled: true }) { userErrors { code } } }": types.Activity_StoreSettingsUpdateDocument,
    "mutation Activity_RegistrationRequestSubmit { registrationRequestSubmit(input: { companyName: \"Neu\", contactName: \"N\", email: \"n@neu.test\" }) { received } }": types.Activity_RegistrationRequestSubmitDocument,
    "mutation Activity_OrderPlace2 { orderPlace(input: { idempotencyKey: \"noop\" }) { userErrors { code } } }": types.Activity_OrderPlace2Document,
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
    "mutation ErpPull_OrderAcknowledge($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) {\n  order { id externalReference acknowledgedAt updatedAt timeline { kind externalReference previousExternalReference actorKind actorName } }\n  userErrors { field code message } } }": types.ErpPull_OrderAcknowledgeDocument,
    "query ErpPull_Orders($since: DateTimeISO!, $after: String, $first: Int) {\n  orders(updatedSince: $since, after: $after, first: $first) { edges { cursor node { id number status updatedAt } } pageInfo { hasNextPage endCursor } } }": types.ErpPull_OrdersDocument,
    "mutation ErpPull_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.ErpPull_CartLinesAddDocument,
    "mutation ErpPull_OrderPlace($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }": types.ErpPull_OrderPlaceDocument,
    "mutation ErpPull_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }": types.ErpPull_ApiTokenCreateDocument,
    "query ErpPull_Orders2($since: DateTimeISO!) { orders(updatedSince: $since, first: 2) { edges { node { id } } } }": types.ErpPull_Orders2Document,
    "mutation ErpPull_OrderValidate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { userErrors { code } } }": types.ErpPull_OrderValidateDocument,
    "query ErpPull_Orders3 { orders(acknowledged: false, first: 100) { edges { node { id } } } }": types.ErpPull_Orders3Document,
    "query ErpPull_Orders4 { orders(acknowledged: true, first: 100) { edges { node { id } } } }": types.ErpPull_Orders4Document,
    "query ErpPull_Orders5 { orders(search: \"2026-0043\", first: 10) { edges { node { id externalReference } } } }": types.ErpPull_Orders5Document,
    "query ErpPull_Orders6 { orders(search: \"so-2026-0043\", first: 10) { edges { node { id externalReference timeline { kind actorName } } } } }": types.ErpPull_Orders6Document,
    "query ErpPull_Orders7 { orders(search: \"SO-2026-0043\", first: 10) { edges { node { id } } } }": types.ErpPull_Orders7Document,
    "query ErpPull_Order($id: ID!) { order(id: $id) { externalReference } }": types.ErpPull_OrderDocument,
    "query ErpPull_Order2($id: ID!) { order(id: $id) { externalReference timeline { kind externalReference previousExternalReference } } }": types.ErpPull_Order2Document,
    "query ErpPull_Order3($id: ID!) { order(id: $id) { externalReference acknowledgedAt timeline { kind } } }": types.ErpPull_Order3Document,
    "query ErpPull_Customers($since: DateTimeISO!, $after: String, $first: Int) {\n    customers(updatedSince: $since, after: $after, first: $first) { edges { node { id customerNumber updatedAt } } pageInfo { hasNextPage endCursor } } }": types.ErpPull_CustomersDocument,
    "query ErpPull_Customer($id: ID!) { customer(id: $id) { auditEvents(first: 10) { edges { node { action actorName staff { name } } } } } }": types.ErpPull_CustomerDocument,
    "mutation ErpPull_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }": types.ErpPull_CustomerUpdateDocument,
    "mutation ErpPull_CustomerUpdate2($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { updatedAt } userErrors { code } } }": types.ErpPull_CustomerUpdate2Document,
    "mutation ErpPull_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }": types.ErpPull_CustomerExcludeDocument,
    "mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.OrderPlacement_AddDocument,
    "mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }": types.OrderPlacement_PlaceDocument,
    "fragment OrderWorkflow_OrderFields on Order {\n  id number status shippingCost { amount } subtotal { amount } total { amount }\n  timeline { kind fromStatus toStatus reason actorKind actorName at shippingCost { amount } previousShippingCost { amount } }\n}": types.OrderWorkflow_OrderFieldsFragmentDoc,
    "mutation OrderWorkflow_Validate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": types.OrderWorkflow_ValidateDocument,
    "mutation OrderWorkflow_Reject($i: OrderRejectInput!) { orderReject(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": types.OrderWorkflow_RejectDocument,
    "mutation OrderWorkflow_Ship($i: OrderStatusChangeInput!) { orderShip(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": types.OrderWorkflow_ShipDocument,
    "mutation OrderWorkflow_Deliver($i: OrderStatusChangeInput!) { orderDeliver(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": types.OrderWorkflow_DeliverDocument,
    "mutation OrderWorkflow_Cancel($i: OrderStatusChangeInput!) { orderCancel(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": types.OrderWorkflow_CancelDocument,
    "mutation OrderWorkflow_ShippingCost($i: OrderShippingCostUpdateInput!) { orderShippingCostUpdate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }": types.OrderWorkflow_ShippingCostDocument,
    "mutation OrderWorkflow_Reorder($i: OrderReorderInput!) { orderReorder(input: $i) { addedLineCount cart { lines { quantity product { reference } } } userErrors { field code message } } }": types.OrderWorkflow_ReorderDocument,
    "query OrderWorkflow_Order($id: ID!) { order(id: $id) { ...OrderWorkflow_OrderFields } }": types.OrderWorkflow_OrderDocument,
    "mutation OrderWorkflow_CartAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }": types.OrderWorkflow_CartAddDocument,
    "mutation OrderWorkflow_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }": types.OrderWorkflow_PlaceDocument,
    "mutation OrderWorkflow_TokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }": types.OrderWorkflow_TokenCreateDocument,
    "query OrderWorkflow_AllOrders { orders(first: 100) { totalCount edges { node { id customer { id name } placedAt status } } } }": types.OrderWorkflow_AllOrdersDocument,
    "query OrderWorkflow_Searched { orders(first: 50, customerSearch: \"w-2\") { totalCount edges { node { customer { name } } } } }": types.OrderWorkflow_SearchedDocument,
    "query OrderWorkflow_List($c: ID, $s: OrderStatus, $from: DateTimeISO, $before: DateTimeISO, $after: String) {\n  orders(first: 2, customerId: $c, status: $s, placedFrom: $from, placedBefore: $before, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id customer { name } status } } } }": types.OrderWorkflow_ListDocument,
    "mutation OrderWorkflow_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { field code message } } }": types.OrderWorkflow_CustomerCreateDocument,
    "mutation OrderWorkflow_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { field code message } } }": types.OrderWorkflow_GrantDocument,
    "query StoreUsers_StoreUsers($search: String, $status: StoreAccessStatus, $customerId: ID, $language: Language, $before: DateTimeISO, $after: DateTimeISO, $first: Int, $cursor: String) {\n  storeUsers(search: $search, status: $status, customerId: $customerId, language: $language, lastAccessBefore: $before, lastAccessAfter: $after, first: $first, after: $cursor) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id email phone language grantedAt lastAccessAt accessCount accesses { id status customer { id name customerNumber } } } }\n  }\n}": types.StoreUsers_StoreUsersDocument,
    "mutation StoreUsers_StoreSettingsUpdate { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }": types.StoreUsers_StoreSettingsUpdateDocument,
    "mutation StoreUsers_StoreSettingsUpdate2 { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }": types.StoreUsers_StoreSettingsUpdate2Document,
    "mutation StoreUsers_StoreAccessBlock($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }": types.StoreUsers_StoreAccessBlockDocument,
    "mutation Shared_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name customerNumber documentLanguage contacts { id email phone } } userErrors { field code message } } }": types.Shared_CustomerCreateDocument,
    "mutation Shared_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { id name customerNumber privateMessage priceLevel { code } contacts { id name email } deliverySites { name city country } visibility { tags { name } brands { name } seasons { name } manufacturers { name } } } userErrors { field code message } } }": types.Shared_CustomerUpdateDocument,
    "mutation Shared_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword whatsAppUrl storeAccess { id email status } userErrors { field code message } } }": types.Shared_GrantDocument,
    "mutation Shared_ShopSignIn($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { field code message } } }": types.Shared_ShopSignInDocument,
    "mutation Shared_PasswordChange($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code } } }": types.Shared_PasswordChangeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StoreSettingsUpdate($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { storeSettings { autoApproveBuyers selfRegistrationEnabled } userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_StoreSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StaffCreate($i: StaffCreateInput!) { staffCreate(input: $i) { staff { id email role active } userErrors { field code } } }"): typeof import('./graphql.js').AccessManagement_StaffCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StaffUpdate($i: StaffUpdateInput!) { staffUpdate(input: $i) { staff { role active } userErrors { field code } } }"): typeof import('./graphql.js').AccessManagement_StaffUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_StaffMembers { staffMembers { email } }"): typeof import('./graphql.js').AccessManagement_StaffMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_StaffMembers2 { staffMembers { id email role } }"): typeof import('./graphql.js').AccessManagement_StaffMembers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Viewer { viewer { kind } }"): typeof import('./graphql.js').AccessManagement_ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers { customers(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').AccessManagement_CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers2($a: String) { customers(first: 50, after: $a) { edges { node { name } } } }"): typeof import('./graphql.js').AccessManagement_Customers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers3 { customers(first: 5, query: \"b2@cust\") { edges { node { customerNumber } } } }"): typeof import('./graphql.js').AccessManagement_Customers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers4 { customers(first: 1, query: \"A-2\") { edges { node { id } } } }"): typeof import('./graphql.js').AccessManagement_Customers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers5($p: ID) { customers(first: 5, priceLevelId: $p) { edges { node { customerNumber } } } }"): typeof import('./graphql.js').AccessManagement_Customers5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers6 { customers(first: 5, language: NL) { totalCount } }"): typeof import('./graphql.js').AccessManagement_Customers6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers7 { customers(first: 50, accessStatus: NONE) { totalCount } }"): typeof import('./graphql.js').AccessManagement_Customers7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customer($id: ID!) { customer(id: $id) { privateMessage accessCount emailAccesses { email status storeAccess { lastAccessAt } } visibility { tags { name } } } }"): typeof import('./graphql.js').AccessManagement_CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StoreAccessBlock($i: StoreAccessIdInput!) { storeAccessBlock(input: $i) { storeAccess { status } userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_StoreAccessBlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Viewer2 { viewer { kind } }"): typeof import('./graphql.js').AccessManagement_Viewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StoreAccessUnblock($i: StoreAccessIdInput!) { storeAccessUnblock(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_StoreAccessUnblockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StoreAccessRegeneratePassword($i: StoreAccessRegeneratePasswordInput!) { storeAccessRegeneratePassword(input: $i) { temporaryPassword userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_StoreAccessRegeneratePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_HubNotifications { hubNotifications { total pendingApprovalCount pendingApprovals { email customer { name } } } }"): typeof import('./graphql.js').AccessManagement_HubNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Products { products(first: 5) { totalCount } }"): typeof import('./graphql.js').AccessManagement_ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_OrderPlace { orderPlace(input: { idempotencyKey: \"p1\" }) { order { id } userErrors { code message } } }"): typeof import('./graphql.js').AccessManagement_OrderPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StoreAccessApprove($i: StoreAccessIdInput!) { storeAccessApprove(input: $i) { storeAccess { status } } }"): typeof import('./graphql.js').AccessManagement_StoreAccessApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_OrderPlace2 { orderPlace(input: { idempotencyKey: \"p1\" }) { order { status } userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_OrderPlace2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_CartLinesAdd2($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_CartLinesAdd2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_CustomerExcludeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_CustomerExclude2($i: CustomerExcludeInput!) { customerExclude(input: $i) { customer { status } } }"): typeof import('./graphql.js').AccessManagement_CustomerExclude2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Viewer3 { viewer { customer { status exclusionReason } } }"): typeof import('./graphql.js').AccessManagement_Viewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_OrderPlace3 { orderPlace(input: { idempotencyKey: \"x1\" }) { userErrors { code message } } }"): typeof import('./graphql.js').AccessManagement_OrderPlace3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_CustomerExclusionLift($i: CustomerExclusionLiftInput!) { customerExclusionLift(input: $i) { customer { status } } }"): typeof import('./graphql.js').AccessManagement_CustomerExclusionLiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Cart { cart { lines { quantity } } }"): typeof import('./graphql.js').AccessManagement_CartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_OrderPlace4 { orderPlace(input: { idempotencyKey: \"x1\" }) { order { status } } }"): typeof import('./graphql.js').AccessManagement_OrderPlace4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_StoreAccessBulkGrant($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } userErrors { code field } } }"): typeof import('./graphql.js').AccessManagement_StoreAccessBulkGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Task($id: ID!) { task(id: $id) { status total processed succeeded progress skipped { label code message } } }"): typeof import('./graphql.js').AccessManagement_TaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_ShopUserPasswordResetRequest($i: ShopUserPasswordResetRequestInput!) { shopUserPasswordResetRequest(input: $i) { ok userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_ShopUserPasswordResetRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_ShopUserPasswordResetComplete($i: ShopUserPasswordResetCompleteInput!) { shopUserPasswordResetComplete(input: $i) { ok userErrors { code field } } }"): typeof import('./graphql.js').AccessManagement_ShopUserPasswordResetCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Viewer4 { viewer { mustChangePassword } }"): typeof import('./graphql.js').AccessManagement_Viewer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_RegistrationRequestSubmit($i: RegistrationRequestSubmitInput!) { registrationRequestSubmit(input: $i) { received userErrors { code field } } }"): typeof import('./graphql.js').AccessManagement_RegistrationRequestSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_HubNotifications2 { hubNotifications { registrationRequestCount registrationRequests { email vatNumber language } } }"): typeof import('./graphql.js').AccessManagement_HubNotifications2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_RegistrationRequests { registrationRequests(first: 5, status: PENDING) { edges { node { id } } } }"): typeof import('./graphql.js').AccessManagement_RegistrationRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_RegistrationRequestApprove($i: RegistrationRequestApproveInput!) { registrationRequestApprove(input: $i) { registrationRequest { status customer { name customerNumber documentLanguage } } storeAccess { email status } userErrors { code field } } }"): typeof import('./graphql.js').AccessManagement_RegistrationRequestApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_RegistrationRequests2 { registrationRequests(first: 5, status: PENDING) { edges { node { id email } } } }"): typeof import('./graphql.js').AccessManagement_RegistrationRequests2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_RegistrationRequestRefuse($i: RegistrationRequestRefuseInput!) { registrationRequestRefuse(input: $i) { registrationRequest { status refusalReason } userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_RegistrationRequestRefuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token apiToken { id prefix scopes } userErrors { code } } }"): typeof import('./graphql.js').AccessManagement_ApiTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_ApiTokens { apiTokens { prefix scopes } }"): typeof import('./graphql.js').AccessManagement_ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Products2 { products(first: 1) { totalCount } }"): typeof import('./graphql.js').AccessManagement_Products2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Customers8 { customers(first: 1) { totalCount } }"): typeof import('./graphql.js').AccessManagement_Customers8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessManagement_ApiTokenRevoke($i: ApiTokenRevokeInput!) { apiTokenRevoke(input: $i) { apiToken { revokedAt } } }"): typeof import('./graphql.js').AccessManagement_ApiTokenRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessManagement_Products3 { products(first: 1) { totalCount } }"): typeof import('./graphql.js').AccessManagement_Products3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity_Customer($id: ID!, $after: String) { customer(id: $id) { activities(first: 3, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { kind detail createdAt shopUser { email } } } } } }"): typeof import('./graphql.js').Activity_CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity_HubNotifications { hubNotifications { total unreadCount unreadOrderCount unreadApprovalCount unreadRegistrationCount submittedOrderCount submittedOrders { number } } }"): typeof import('./graphql.js').Activity_HubNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_HubNotificationsMarkRead($i: HubNotificationsMarkReadInput!) { hubNotificationsMarkRead(input: $i) { hubNotifications { unreadCount unreadOrderCount unreadRegistrationCount } userErrors { code } } }"): typeof import('./graphql.js').Activity_HubNotificationsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity_Products { products(first: 5, query: \"espresso\") { totalCount } }"): typeof import('./graphql.js').Activity_ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity_Product($id: ID!) { product(id: $id) { name } }"): typeof import('./graphql.js').Activity_ProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').Activity_CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_OrderPlace { orderPlace(input: { idempotencyKey: \"act-1\" }) { order { number } userErrors { code } } }"): typeof import('./graphql.js').Activity_OrderPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_ViewAsClientStart($i: ViewAsClientStartInput!) { viewAsClientStart(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').Activity_ViewAsClientStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity_Products2 { products(first: 5, query: \"staff-search\") { totalCount } }"): typeof import('./graphql.js').Activity_Products2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity_Customer2($id: ID!) { customer(id: $id) { storeAccesses { lastAccessAt } } }"): typeof import('./graphql.js').Activity_Customer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_StoreSettingsUpdate { storeSettingsUpdate(input: { selfRegistrationEnabled: true }) { userErrors { code } } }"): typeof import('./graphql.js').Activity_StoreSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_RegistrationRequestSubmit { registrationRequestSubmit(input: { companyName: \"Neu\", contactName: \"N\", email: \"n@neu.test\" }) { received } }"): typeof import('./graphql.js').Activity_RegistrationRequestSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Activity_OrderPlace2 { orderPlace(input: { idempotencyKey: \"noop\" }) { userErrors { code } } }"): typeof import('./graphql.js').Activity_OrderPlace2Document;
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
export function graphql(source: "mutation ErpPull_OrderAcknowledge($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) {\n  order { id externalReference acknowledgedAt updatedAt timeline { kind externalReference previousExternalReference actorKind actorName } }\n  userErrors { field code message } } }"): typeof import('./graphql.js').ErpPull_OrderAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders($since: DateTimeISO!, $after: String, $first: Int) {\n  orders(updatedSince: $since, after: $after, first: $first) { edges { cursor node { id number status updatedAt } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').ErpPull_OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').ErpPull_CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_OrderPlace($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }"): typeof import('./graphql.js').ErpPull_OrderPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }"): typeof import('./graphql.js').ErpPull_ApiTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders2($since: DateTimeISO!) { orders(updatedSince: $since, first: 2) { edges { node { id } } } }"): typeof import('./graphql.js').ErpPull_Orders2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_OrderValidate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').ErpPull_OrderValidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders3 { orders(acknowledged: false, first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').ErpPull_Orders3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders4 { orders(acknowledged: true, first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').ErpPull_Orders4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders5 { orders(search: \"2026-0043\", first: 10) { edges { node { id externalReference } } } }"): typeof import('./graphql.js').ErpPull_Orders5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders6 { orders(search: \"so-2026-0043\", first: 10) { edges { node { id externalReference timeline { kind actorName } } } } }"): typeof import('./graphql.js').ErpPull_Orders6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Orders7 { orders(search: \"SO-2026-0043\", first: 10) { edges { node { id } } } }"): typeof import('./graphql.js').ErpPull_Orders7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Order($id: ID!) { order(id: $id) { externalReference } }"): typeof import('./graphql.js').ErpPull_OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Order2($id: ID!) { order(id: $id) { externalReference timeline { kind externalReference previousExternalReference } } }"): typeof import('./graphql.js').ErpPull_Order2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Order3($id: ID!) { order(id: $id) { externalReference acknowledgedAt timeline { kind } } }"): typeof import('./graphql.js').ErpPull_Order3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Customers($since: DateTimeISO!, $after: String, $first: Int) {\n    customers(updatedSince: $since, after: $after, first: $first) { edges { node { id customerNumber updatedAt } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').ErpPull_CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErpPull_Customer($id: ID!) { customer(id: $id) { auditEvents(first: 10) { edges { node { action actorName staff { name } } } } } }"): typeof import('./graphql.js').ErpPull_CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').ErpPull_CustomerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_CustomerUpdate2($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { updatedAt } userErrors { code } } }"): typeof import('./graphql.js').ErpPull_CustomerUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErpPull_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').ErpPull_CustomerExcludeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').OrderPlacement_AddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }"): typeof import('./graphql.js').OrderPlacement_PlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderWorkflow_OrderFields on Order {\n  id number status shippingCost { amount } subtotal { amount } total { amount }\n  timeline { kind fromStatus toStatus reason actorKind actorName at shippingCost { amount } previousShippingCost { amount } }\n}"): typeof import('./graphql.js').OrderWorkflow_OrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Validate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_ValidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Reject($i: OrderRejectInput!) { orderReject(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_RejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Ship($i: OrderStatusChangeInput!) { orderShip(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_ShipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Deliver($i: OrderStatusChangeInput!) { orderDeliver(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_DeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Cancel($i: OrderStatusChangeInput!) { orderCancel(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_ShippingCost($i: OrderShippingCostUpdateInput!) { orderShippingCostUpdate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_ShippingCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Reorder($i: OrderReorderInput!) { orderReorder(input: $i) { addedLineCount cart { lines { quantity product { reference } } } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_ReorderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderWorkflow_Order($id: ID!) { order(id: $id) { ...OrderWorkflow_OrderFields } }"): typeof import('./graphql.js').OrderWorkflow_OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_CartAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').OrderWorkflow_CartAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }"): typeof import('./graphql.js').OrderWorkflow_PlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_TokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }"): typeof import('./graphql.js').OrderWorkflow_TokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderWorkflow_AllOrders { orders(first: 100) { totalCount edges { node { id customer { id name } placedAt status } } } }"): typeof import('./graphql.js').OrderWorkflow_AllOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderWorkflow_Searched { orders(first: 50, customerSearch: \"w-2\") { totalCount edges { node { customer { name } } } } }"): typeof import('./graphql.js').OrderWorkflow_SearchedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderWorkflow_List($c: ID, $s: OrderStatus, $from: DateTimeISO, $before: DateTimeISO, $after: String) {\n  orders(first: 2, customerId: $c, status: $s, placedFrom: $from, placedBefore: $before, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id customer { name } status } } } }"): typeof import('./graphql.js').OrderWorkflow_ListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderWorkflow_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { field code message } } }"): typeof import('./graphql.js').OrderWorkflow_GrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoreUsers_StoreUsers($search: String, $status: StoreAccessStatus, $customerId: ID, $language: Language, $before: DateTimeISO, $after: DateTimeISO, $first: Int, $cursor: String) {\n  storeUsers(search: $search, status: $status, customerId: $customerId, language: $language, lastAccessBefore: $before, lastAccessAfter: $after, first: $first, after: $cursor) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { node { id email phone language grantedAt lastAccessAt accessCount accesses { id status customer { id name customerNumber } } } }\n  }\n}"): typeof import('./graphql.js').StoreUsers_StoreUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StoreUsers_StoreSettingsUpdate { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }"): typeof import('./graphql.js').StoreUsers_StoreSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StoreUsers_StoreSettingsUpdate2 { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }"): typeof import('./graphql.js').StoreUsers_StoreSettingsUpdate2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StoreUsers_StoreAccessBlock($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }"): typeof import('./graphql.js').StoreUsers_StoreAccessBlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Shared_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name customerNumber documentLanguage contacts { id email phone } } userErrors { field code message } } }"): typeof import('./graphql.js').Shared_CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Shared_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { id name customerNumber privateMessage priceLevel { code } contacts { id name email } deliverySites { name city country } visibility { tags { name } brands { name } seasons { name } manufacturers { name } } } userErrors { field code message } } }"): typeof import('./graphql.js').Shared_CustomerUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Shared_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword whatsAppUrl storeAccess { id email status } userErrors { field code message } } }"): typeof import('./graphql.js').Shared_GrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Shared_ShopSignIn($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { field code message } } }"): typeof import('./graphql.js').Shared_ShopSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Shared_PasswordChange($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code } } }"): typeof import('./graphql.js').Shared_PasswordChangeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
