import { graphql } from './generated/index.js';

export const outboxEmailsQuery = graphql(`
  query OutboxEmails($first: Int!, $after: String, $status: EmailStatus) {
    outboxEmails(first: $first, after: $after, status: $status) {
      edges {
        node {
          id
          toAddress
          subject
          template
          language
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const outboxEmailQuery = graphql(`
  query OutboxEmail($id: ID!) {
    node(id: $id) {
      __typename
      ... on OutboxEmail {
        id
        toAddress
        subject
        template
        language
        status
        attempts
        lastError
        createdAt
        processedAt
        html
        text
        attachments {
          position
          fileName
          state
          size
          error
          downloadUrl
        }
      }
    }
  }
`);

export const outboxEmailResendMutation = graphql(`
  mutation OutboxEmailResend($input: OutboxEmailResendInput!) {
    outboxEmailResend(input: $input) {
      outboxEmail {
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

export const outboxEmailsResendFailedMutation = graphql(`
  mutation OutboxEmailsResendFailed {
    outboxEmailsResendFailed {
      count
    }
  }
`);
