import { graphql } from './generated/index.js';

// Order lists (issue 19 B1): the store's lists pages, the product page's "Add to list", the hub's
// published lists.

export const orderListsQuery = graphql(`
  query OrderLists($first: Int, $after: String) {
    orderLists(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          lineCount
          published
          editable
          updatedAt
        }
      }
    }
  }
`);

export const orderListQuery = graphql(`
  query OrderList($id: ID!) {
    orderList(id: $id) {
      id
      name
      published
      editable
      lineCount
      lines {
        id
        quantity
        position
        available
        product {
          id
          name
          reference
          barcode
          unit
          packSize
        }
      }
    }
  }
`);

export const orderListCsvQuery = graphql(`
  query OrderListCsv($id: ID!) {
    orderList(id: $id) {
      id
      name
      csv
    }
  }
`);

export const hubOrderListQuery = graphql(`
  query HubOrderList($id: ID!) {
    orderList(id: $id) {
      id
      name
      lineCount
      publishedTo {
        id
        name
        customerNumber
      }
      lines {
        id
        quantity
        product {
          id
          name
          reference
        }
      }
    }
  }
`);


export const orderListCreateMutation = graphql(`
  mutation OrderListCreate($input: OrderListCreateInput!) {
    orderListCreate(input: $input) {
      orderList {
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

export const orderListUpdateMutation = graphql(`
  mutation OrderListUpdate($input: OrderListUpdateInput!) {
    orderListUpdate(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderListDeleteMutation = graphql(`
  mutation OrderListDelete($input: OrderListIdInput!) {
    orderListDelete(input: $input) {
      deletedOrderListId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderListCopyMutation = graphql(`
  mutation OrderListCopy($input: OrderListCopyInput!) {
    orderListCopy(input: $input) {
      orderList {
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

export const orderListLinesAddMutation = graphql(`
  mutation OrderListLinesAdd($input: OrderListLinesAddInput!) {
    orderListLinesAdd(input: $input) {
      orderList {
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

export const orderListLinesUpdateMutation = graphql(`
  mutation OrderListLinesUpdate($input: OrderListLinesUpdateInput!) {
    orderListLinesUpdate(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderListLinesReorderMutation = graphql(`
  mutation OrderListLinesReorder($input: OrderListLinesReorderInput!) {
    orderListLinesReorder(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderListLinesImportMutation = graphql(`
  mutation OrderListLinesImport($input: OrderListLinesImportInput!) {
    orderListLinesImport(input: $input) {
      addedLineCount
      problems {
        line
        code
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

export const orderListCartAddMutation = graphql(`
  mutation OrderListCartAdd($input: OrderListCartAddInput!) {
    orderListCartAdd(input: $input) {
      addedLineCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const orderListPublishMutation = graphql(`
  mutation OrderListPublish($input: OrderListPublishInput!) {
    orderListPublish(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);
