import { graphql } from './generated/index.js';

/** The header's cart badge. */
export const cartCountQuery = graphql(`
  query CartCount {
    cart {
      lines {
        id
        quantity
      }
    }
  }
`);

export const cartQuery = graphql(`
  query Cart {
    cart {
      id
      lines {
        id
        quantity
        unitPrice {
          amount
          currencyCode
        }
        lineTotal {
          amount
          currencyCode
        }
        product {
          id
          name
          reference
          unit
          packSize
          orderable
        }
      }
      subtotal {
        amount
        currencyCode
      }
      shippingCost {
        amount
        currencyCode
      }
      taxComputed
      totalExcludingTax {
        amount
        currencyCode
      }
      taxLines {
        name
        rate
        base {
          amount
          currencyCode
        }
        amount {
          amount
          currencyCode
        }
      }
      totalIncludingTax {
        amount
        currencyCode
      }
      taxExemption
      taxExemptionMention
    }
  }
`);

/** Quick-add suggestions: products matching a reference or name as one types. */
export const cartSuggestionsQuery = graphql(`
  query CartSuggestions($query: String!) {
    products(first: 8, query: $query) {
      edges {
        node {
          id
          name
          reference
          unit
          packSize
          orderable
          price {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

export const cartLinesImportMutation = graphql(`
  mutation CartLinesImport($input: CartLinesImportInput!) {
    cartLinesImport(input: $input) {
      addedProductCount
      problems {
        line
        code
        reason
        message
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** What the checkout page needs: the cart's totals and the customer's delivery sites. */
export const checkoutQuery = graphql(`
  query Checkout {
    cart {
      id
      lines {
        id
        quantity
        product {
          id
          name
          reference
        }
        lineTotal {
          amount
          currencyCode
        }
      }
      subtotal {
        amount
        currencyCode
      }
      shippingCost {
        amount
        currencyCode
      }
      taxComputed
      totalExcludingTax {
        amount
        currencyCode
      }
      taxLines {
        name
        rate
        base {
          amount
          currencyCode
        }
        amount {
          amount
          currencyCode
        }
      }
      totalIncludingTax {
        amount
        currencyCode
      }
      taxExemption
      taxExemptionMention
      deliverySites {
        id
        name
        street
        postalCode
        city
      }
    }
  }
`);

/** The customers a login orders for (several when linked to several customers). */
export const shopUserCustomersQuery = graphql(`
  query ShopUserCustomers {
    shopUserCustomers {
      id
      name
      customerNumber
    }
  }
`);

export const shopUserCustomerSwitchMutation = graphql(`
  mutation ShopUserCustomerSwitch($input: ShopUserCustomerSwitchInput!) {
    shopUserCustomerSwitch(input: $input) {
      customer {
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

export const cartLinesAddMutation = graphql(`
  mutation CartLinesAdd($input: CartLinesAddInput!) {
    cartLinesAdd(input: $input) {
      cart {
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

export const cartLinesUpdateMutation = graphql(`
  mutation CartLinesUpdate($input: CartLinesUpdateInput!) {
    cartLinesUpdate(input: $input) {
      cart {
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

export const orderPlaceMutation = graphql(`
  mutation OrderPlace($input: OrderPlaceInput!) {
    orderPlace(input: $input) {
      order {
        id
        number
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Orders, newest first: the shop user's customer's, or all of them for staff. */
export const ordersQuery = graphql(`
  query Orders($first: Int!, $after: String, $status: OrderStatus, $search: String) {
    orders(first: $first, after: $after, status: $status, search: $search) {
      edges {
        node {
          id
          number
          externalReference
          kind
          placedAt
          status
          lineCount
          total {
            amount
            currencyCode
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * What the store and the hub show of one order: what checkout recorded (kind, dates, delivery site,
 * documents, on whose behalf), lines, amounts and who placed it.
 */
export const orderDetailsFragment = graphql(`
  fragment OrderDetails on Order {
    id
    number
    kind
    status
    placedAt
    orderDate
    requestedDeliveryDate
    purchaseOrderReference
    externalReference
    notes
    placedBy {
      email
    }
    placedOnBehalfBy
    deliverySite {
      id
      name
      street
      postalCode
      city
      country
    }
    documents {
      id
      fileName
      contentType
      size
      url
    }
    lines {
      id
      reference
      name
      quantity
      unitPrice {
        amount
        currencyCode
      }
      lineTotal {
        amount
        currencyCode
      }
    }
    subtotal {
      amount
      currencyCode
    }
    shippingCost {
      amount
      currencyCode
    }
    total {
      amount
      currencyCode
    }
    taxComputed
    totalExcludingTax {
      amount
      currencyCode
    }
    taxLines {
      name
      rate
      base {
        amount
        currencyCode
      }
      amount {
        amount
        currencyCode
      }
    }
    totalIncludingTax {
      amount
      currencyCode
    }
    taxExemption
    taxExemptionMention
shippingTaxRateName
    timeline {
      kind
      at
      fromStatus
      toStatus
      reason
      externalReference
      previousExternalReference
      actorKind
      actorName
      shippingCost {
        amount
        currencyCode
      }
      previousShippingCost {
        amount
        currencyCode
      }
    }
  }
`);

/** The hub's order list also names the customer. */
export const hubOrdersQuery = graphql(`
  query HubOrders(
    $first: Int!
    $after: String
    $status: OrderStatus
    $customerSearch: String
    $placedFrom: DateTimeISO
    $placedBefore: DateTimeISO
    $search: String
    $acknowledged: Boolean
  ) {
    orders(
      first: $first
      after: $after
      status: $status
      customerSearch: $customerSearch
      placedFrom: $placedFrom
      placedBefore: $placedBefore
      search: $search
      acknowledged: $acknowledged
    ) {
      edges {
        node {
          id
          number
          externalReference
          kind
          placedAt
          status
          lineCount
          customer {
            id
            name
            customerNumber
          }
          total {
            amount
            currencyCode
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const orderQuery = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      ...OrderDetails
    }
  }
`);

/** The hub's view of one order, with its customer and the staff member who placed it on the customer's behalf. */
export const hubOrderQuery = graphql(`
  query HubOrder($id: ID!) {
    order(id: $id) {
      ...OrderDetails
      customer {
        id
        name
        customerNumber
      }
      placedByStaff {
        name
        email
      }
    }
  }
`);

/** Whether the cart and checkout belong to a shop user or to staff ordering on a customer's behalf. */
export const orderingViewerQuery = graphql(`
  query OrderingViewer {
    viewer {
      kind
      viewingAsClient
    }
  }
`);

export const orderValidateMutation = graphql(`
  mutation OrderValidate($input: OrderStatusChangeInput!) {
    orderValidate(input: $input) {
      order {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderRejectMutation = graphql(`
  mutation OrderReject($input: OrderRejectInput!) {
    orderReject(input: $input) {
      order {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderShipMutation = graphql(`
  mutation OrderShip($input: OrderStatusChangeInput!) {
    orderShip(input: $input) {
      order {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderDeliverMutation = graphql(`
  mutation OrderDeliver($input: OrderStatusChangeInput!) {
    orderDeliver(input: $input) {
      order {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderCancelMutation = graphql(`
  mutation OrderCancel($input: OrderStatusChangeInput!) {
    orderCancel(input: $input) {
      order {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderShippingCostUpdateMutation = graphql(`
  mutation OrderShippingCostUpdate($input: OrderShippingCostUpdateInput!) {
    orderShippingCostUpdate(input: $input) {
      order {
        id
        total {
          amount
          currencyCode
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** "Order again" (O6): the order's lines into the cart; unavailable ones come back as userErrors. */
export const orderReorderMutation = graphql(`
  mutation OrderReorder($input: OrderReorderInput!) {
    orderReorder(input: $input) {
      addedLineCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The hub's dashboard (issue 17, H5). */
export const hubDashboardQuery = graphql(`
  query HubDashboard($days: Int!) {
    hubDashboard(days: $days) {
      days
      submittedOrderCount
      pendingApprovalCount
      registrationRequestCount
      failedEmailCount
      today {
        from
        to
        orderCount
        value {
          amount
          currencyCode
        }
      }
      yesterday {
        orderCount
        value {
          amount
          currencyCode
        }
      }
      week {
        from
        to
        orderCount
        value {
          amount
          currencyCode
        }
      }
      previousWeek {
        orderCount
        value {
          amount
          currencyCode
        }
      }
      series {
        day
        orderCount
        value {
          amount
          currencyCode
        }
      }
      topCustomers {
        customerId
        customerNumber
        name
        orderCount
        value {
          amount
          currencyCode
        }
      }
      topProducts {
        productId
        reference
        name
        quantity
        value {
          amount
          currencyCode
        }
      }
    }
  }
`);

/** The customer page's orders section (issue 17 H6): the summary and the latest five. */
export const customerOrdersQuery = graphql(`
  query CustomerOrders($id: ID!) {
    customer(id: $id) {
      id
      orderSummary {
        orderCount12Months
        value12Months {
          amount
          currencyCode
        }
        orderCount
        lastOrderAt
      }
    }
    orders(customerId: $id, first: 5) {
      edges {
        node {
          id
          number
          externalReference
          kind
          placedAt
          status
          lineCount
          customer {
            id
            name
            customerNumber
          }
          total {
            amount
            currencyCode
          }
        }
      }
    }
  }
`);

/** One code read by the camera in the cart (issue 18 M2): the barcode import with one line, and the lines to name the product. */
export const cartScanMutation = graphql(`
  mutation CartScan($input: CartLinesImportInput!) {
    cartLinesImport(input: $input) {
      addedProductCount
      cart {
        id
        lines {
          id
          quantity
          product {
            id
            name
            barcode
            packSize
          }
        }
      }
      problems {
        code
        reason
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
