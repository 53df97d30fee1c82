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
    "\n  query Root {\n    viewer {\n      kind\n      language\n    }\n    storeSettings {\n      storeName\n    }\n  }\n": typeof types.RootDocument,
    "\n  query StoreShell {\n    viewer {\n      kind\n      language\n      mustChangePassword\n      storeAccessStatus\n      shopUser {\n        email\n        mustChangePassword\n      }\n      customer {\n        name\n        privateMessage\n        status\n        exclusionReason\n      }\n    }\n    storeSettings {\n      storeName\n      showStock\n    }\n  }\n": typeof types.StoreShellDocument,
    "\n  query HubShell {\n    viewer {\n      kind\n      staff {\n        name\n        email\n        role\n      }\n    }\n  }\n": typeof types.HubShellDocument,
    "\n  mutation ShopUserSignIn($input: SignInInput!) {\n    shopUserSignIn(input: $input) {\n      shopUser {\n        email\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserSignInDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    staffSignIn(input: $input) {\n      staff {\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StaffSignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {\n    shopUserPasswordChange(input: $input) {\n      shopUser {\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopUserPasswordChangeDocument,
    "\n  query CatalogProducts($first: Int!, $after: String, $query: String) {\n    products(first: $first, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          name\n          reference\n          barcode\n          unit\n          packSize\n          orderable\n          stock\n          price {\n            amount\n            currencyCode\n          }\n          brand {\n            name\n          }\n          tags {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query Customers($first: Int!, $after: String, $query: String) {\n    customers(first: $first, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n          documentLanguage\n          status\n          accessCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      customerNumber\n      documentLanguage\n      status\n      exclusionReason\n      privateMessage\n      createdAt\n      priceLevel {\n        name\n      }\n      storageLocation {\n        name\n      }\n      contacts {\n        id\n        name\n        email\n        phone\n        position\n      }\n      emailAccesses {\n        email\n        status\n        storeAccess {\n          id\n          grantedAt\n          lastAccessAt\n        }\n      }\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  query CustomerFormOptions {\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n    storageLocations {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n": typeof types.CustomerFormOptionsDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CustomerCreateDocument,
    "\n  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {\n    storeAccessGrant(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StoreAccessGrantDocument,
    "\n  query OutboxEmails($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OutboxEmailsDocument,
    "\n  query OutboxEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on OutboxEmail {\n        id\n        toAddress\n        subject\n        template\n        language\n        status\n        attempts\n        lastError\n        createdAt\n        processedAt\n        html\n        text\n      }\n    }\n  }\n": typeof types.OutboxEmailDocument,
    "\n  query OutboxEmailsByPage($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          attempts\n          lastError\n          createdAt\n          processedAt\n          html\n          text\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OutboxEmailsByPageDocument,
    "\n  query CartCount {\n    cart {\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n": typeof types.CartCountDocument,
    "\n  query Cart {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n        product {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.CartDocument,
    "\n  mutation CartLinesAdd($input: CartLinesAddInput!) {\n    cartLinesAdd(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CartLinesAddDocument,
    "\n  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {\n    cartLinesUpdate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CartLinesUpdateDocument,
    "\n  mutation OrderPlace($input: OrderPlaceInput!) {\n    orderPlace(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OrderPlaceDocument,
    "\n  query Orders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          number\n          placedAt\n          status\n          lineCount\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query HubOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          number\n          placedAt\n          status\n          lineCount\n          customer {\n            id\n            name\n            customerNumber\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HubOrdersDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      purchaseOrderReference\n      notes\n      placedBy {\n        email\n      }\n      lines {\n        id\n        reference\n        name\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      shippingCost {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.OrderDocument,
    "\n  query HubOrder($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      purchaseOrderReference\n      notes\n      customer {\n        id\n        name\n        customerNumber\n      }\n      placedBy {\n        email\n      }\n      lines {\n        id\n        reference\n        name\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      shippingCost {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n": typeof types.HubOrderDocument,
};
const documents: Documents = {
    "\n  query Root {\n    viewer {\n      kind\n      language\n    }\n    storeSettings {\n      storeName\n    }\n  }\n": types.RootDocument,
    "\n  query StoreShell {\n    viewer {\n      kind\n      language\n      mustChangePassword\n      storeAccessStatus\n      shopUser {\n        email\n        mustChangePassword\n      }\n      customer {\n        name\n        privateMessage\n        status\n        exclusionReason\n      }\n    }\n    storeSettings {\n      storeName\n      showStock\n    }\n  }\n": types.StoreShellDocument,
    "\n  query HubShell {\n    viewer {\n      kind\n      staff {\n        name\n        email\n        role\n      }\n    }\n  }\n": types.HubShellDocument,
    "\n  mutation ShopUserSignIn($input: SignInInput!) {\n    shopUserSignIn(input: $input) {\n      shopUser {\n        email\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserSignInDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    staffSignIn(input: $input) {\n      staff {\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StaffSignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {\n    shopUserPasswordChange(input: $input) {\n      shopUser {\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ShopUserPasswordChangeDocument,
    "\n  query CatalogProducts($first: Int!, $after: String, $query: String) {\n    products(first: $first, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          name\n          reference\n          barcode\n          unit\n          packSize\n          orderable\n          stock\n          price {\n            amount\n            currencyCode\n          }\n          brand {\n            name\n          }\n          tags {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query Customers($first: Int!, $after: String, $query: String) {\n    customers(first: $first, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n          documentLanguage\n          status\n          accessCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      customerNumber\n      documentLanguage\n      status\n      exclusionReason\n      privateMessage\n      createdAt\n      priceLevel {\n        name\n      }\n      storageLocation {\n        name\n      }\n      contacts {\n        id\n        name\n        email\n        phone\n        position\n      }\n      emailAccesses {\n        email\n        status\n        storeAccess {\n          id\n          grantedAt\n          lastAccessAt\n        }\n      }\n    }\n  }\n": types.CustomerDocument,
    "\n  query CustomerFormOptions {\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n    storageLocations {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n": types.CustomerFormOptionsDocument,
    "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CustomerCreateDocument,
    "\n  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {\n    storeAccessGrant(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StoreAccessGrantDocument,
    "\n  query OutboxEmails($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OutboxEmailsDocument,
    "\n  query OutboxEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on OutboxEmail {\n        id\n        toAddress\n        subject\n        template\n        language\n        status\n        attempts\n        lastError\n        createdAt\n        processedAt\n        html\n        text\n      }\n    }\n  }\n": types.OutboxEmailDocument,
    "\n  query OutboxEmailsByPage($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          attempts\n          lastError\n          createdAt\n          processedAt\n          html\n          text\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OutboxEmailsByPageDocument,
    "\n  query CartCount {\n    cart {\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n": types.CartCountDocument,
    "\n  query Cart {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n        product {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.CartDocument,
    "\n  mutation CartLinesAdd($input: CartLinesAddInput!) {\n    cartLinesAdd(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CartLinesAddDocument,
    "\n  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {\n    cartLinesUpdate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CartLinesUpdateDocument,
    "\n  mutation OrderPlace($input: OrderPlaceInput!) {\n    orderPlace(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OrderPlaceDocument,
    "\n  query Orders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          number\n          placedAt\n          status\n          lineCount\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  query HubOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          number\n          placedAt\n          status\n          lineCount\n          customer {\n            id\n            name\n            customerNumber\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HubOrdersDocument,
    "\n  query Order($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      purchaseOrderReference\n      notes\n      placedBy {\n        email\n      }\n      lines {\n        id\n        reference\n        name\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      shippingCost {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.OrderDocument,
    "\n  query HubOrder($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      purchaseOrderReference\n      notes\n      customer {\n        id\n        name\n        customerNumber\n      }\n      placedBy {\n        email\n      }\n      lines {\n        id\n        reference\n        name\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      shippingCost {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n": types.HubOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Root {\n    viewer {\n      kind\n      language\n    }\n    storeSettings {\n      storeName\n    }\n  }\n"): typeof import('./graphql.js').RootDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreShell {\n    viewer {\n      kind\n      language\n      mustChangePassword\n      storeAccessStatus\n      shopUser {\n        email\n        mustChangePassword\n      }\n      customer {\n        name\n        privateMessage\n        status\n        exclusionReason\n      }\n    }\n    storeSettings {\n      storeName\n      showStock\n    }\n  }\n"): typeof import('./graphql.js').StoreShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubShell {\n    viewer {\n      kind\n      staff {\n        name\n        email\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserSignIn($input: SignInInput!) {\n    shopUserSignIn(input: $input) {\n      shopUser {\n        email\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignIn($input: SignInInput!) {\n    staffSignIn(input: $input) {\n      staff {\n        email\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StaffSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUserPasswordChange($input: ShopUserPasswordChangeInput!) {\n    shopUserPasswordChange(input: $input) {\n      shopUser {\n        mustChangePassword\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ShopUserPasswordChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts($first: Int!, $after: String, $query: String) {\n    products(first: $first, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          name\n          reference\n          barcode\n          unit\n          packSize\n          orderable\n          stock\n          price {\n            amount\n            currencyCode\n          }\n          brand {\n            name\n          }\n          tags {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').CatalogProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String, $query: String) {\n    customers(first: $first, after: $after, query: $query) {\n      edges {\n        node {\n          id\n          name\n          customerNumber\n          documentLanguage\n          status\n          accessCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      customerNumber\n      documentLanguage\n      status\n      exclusionReason\n      privateMessage\n      createdAt\n      priceLevel {\n        name\n      }\n      storageLocation {\n        name\n      }\n      contacts {\n        id\n        name\n        email\n        phone\n        position\n      }\n      emailAccesses {\n        email\n        status\n        storeAccess {\n          id\n          grantedAt\n          lastAccessAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFormOptions {\n    priceLevels {\n      id\n      name\n      code\n      isDefault\n    }\n    storageLocations {\n      id\n      name\n      code\n      isDefault\n    }\n  }\n"): typeof import('./graphql.js').CustomerFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) {\n      customer {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CustomerCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoreAccessGrant($input: StoreAccessGrantInput!) {\n    storeAccessGrant(input: $input) {\n      storeAccess {\n        id\n        email\n        status\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').StoreAccessGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmails($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on OutboxEmail {\n        id\n        toAddress\n        subject\n        template\n        language\n        status\n        attempts\n        lastError\n        createdAt\n        processedAt\n        html\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmailsByPage($first: Int!, $after: String) {\n    outboxEmails(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          toAddress\n          subject\n          template\n          language\n          status\n          attempts\n          lastError\n          createdAt\n          processedAt\n          html\n          text\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxEmailsByPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartCount {\n    cart {\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cart {\n    cart {\n      id\n      lines {\n        id\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n        product {\n          id\n          name\n          reference\n          unit\n          packSize\n          orderable\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesAdd($input: CartLinesAddInput!) {\n    cartLinesAdd(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartLinesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {\n    cartLinesUpdate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CartLinesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderPlace($input: OrderPlaceInput!) {\n    orderPlace(input: $input) {\n      order {\n        id\n        number\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          number\n          placedAt\n          status\n          lineCount\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          number\n          placedAt\n          status\n          lineCount\n          customer {\n            id\n            name\n            customerNumber\n          }\n          total {\n            amount\n            currencyCode\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Order($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      purchaseOrderReference\n      notes\n      placedBy {\n        email\n      }\n      lines {\n        id\n        reference\n        name\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      shippingCost {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HubOrder($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      purchaseOrderReference\n      notes\n      customer {\n        id\n        name\n        customerNumber\n      }\n      placedBy {\n        email\n      }\n      lines {\n        id\n        reference\n        name\n        quantity\n        unitPrice {\n          amount\n          currencyCode\n        }\n        lineTotal {\n          amount\n          currencyCode\n        }\n      }\n      subtotal {\n        amount\n        currencyCode\n      }\n      shippingCost {\n        amount\n        currencyCode\n      }\n      total {\n        amount\n        currencyCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').HubOrderDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
