import { graphql } from './generated/index.js';

// Negotiated quotes in the hub (issue 19 B3, decision 0060): the list, one quote with its editor,
// thread and actions.

export const hubQuotesQuery = graphql(`
  query HubQuotes($first: Int, $after: String, $status: QuoteStatus, $customerSearch: String) {
    quotes(first: $first, after: $after, status: $status, customerSearch: $customerSearch) {
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          number
          status
          createdAt
          expiresOn
          lineCount
          total {
            amount
            currencyCode
          }
          customer {
            id
            name
            customerNumber
          }
        }
      }
    }
  }
`);

export const hubQuoteQuery = graphql(`
  query HubQuote($id: ID!) {
    quote(id: $id) {
      id
      number
      status
      createdAt
      sentAt
      answeredAt
      expiresOn
      buyerMessage
      staffMessage
      currencyCode
      total {
        amount
        currencyCode
      }
      customer {
        id
        name
        customerNumber
      }
      order {
        id
        number
      }
      lines {
        id
        reference
        name
        quantity
        discountPercent
        listPrice {
          amount
          currencyCode
        }
        unitPrice {
          amount
          currencyCode
        }
        lineTotal {
          amount
          currencyCode
        }
      }
      thread {
        id
        kind
        message
        fromStaff
        authorName
        createdAt
      }
    }
  }
`);

/** Products matching what staff typed to add a line (reference or name). */
export const hubQuoteProductSearchQuery = graphql(`
  query HubQuoteProductSearch($query: String!) {
    products(first: 5, query: $query, active: true) {
      edges {
        node {
          id
          reference
          name
        }
      }
    }
  }
`);

export const hubQuoteUpdateMutation = graphql(`
  mutation HubQuoteUpdate($input: QuoteUpdateInput!) {
    quoteUpdate(input: $input) {
      quote {
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

export const hubQuoteSendMutation = graphql(`
  mutation HubQuoteSend($input: QuoteSendInput!) {
    quoteSend(input: $input) {
      quote {
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

export const hubQuoteCommentMutation = graphql(`
  mutation HubQuoteComment($input: QuoteCommentInput!) {
    quoteComment(input: $input) {
      quote {
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
