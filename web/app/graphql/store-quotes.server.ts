import { graphql } from './generated/index.js';

// Negotiated quotes in the store (issue 19 B3, decision 0060): the cart's "Request a quote", the
// "My quotes" list and a quote's page (proposal, thread, accept, decline).

export const storeQuotesQuery = graphql(`
  query StoreQuotes($first: Int, $after: String) {
    quotes(first: $first, after: $after) {
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
        }
      }
    }
  }
`);

export const storeQuoteQuery = graphql(`
  query StoreQuote($id: ID!) {
    quote(id: $id) {
      id
      number
      status
      createdAt
      sentAt
      answeredAt
      expiresOn
      staffMessage
      lineCount
      total {
        amount
        currencyCode
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

export const storeQuoteRequestMutation = graphql(`
  mutation StoreQuoteRequest($input: QuoteRequestInput!) {
    quoteRequest(input: $input) {
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

export const storeQuoteAcceptMutation = graphql(`
  mutation StoreQuoteAccept($input: QuoteAcceptInput!) {
    quoteAccept(input: $input) {
      order {
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

export const storeQuoteDeclineMutation = graphql(`
  mutation StoreQuoteDecline($input: QuoteDeclineInput!) {
    quoteDecline(input: $input) {
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

export const storeQuoteCommentMutation = graphql(`
  mutation StoreQuoteComment($input: QuoteCommentInput!) {
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
