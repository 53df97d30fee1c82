import { graphql } from './generated/index.js';

// The hub's webhooks page (issue 14 E4, decision 34): admins only; the API answers FORBIDDEN to anyone else.

export const webhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 50) {
      edges {
        node {
          id
          url
          description
          events
          active
          failingSince
          autoDisabledAt
          createdAt
        }
      }
    }
  }
`);

export const webhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $after: String) {
    node(id: $id) {
      ... on WebhookEndpoint {
        id
        deliveries(first: 20, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              webhookId
              eventType
              status
              responseStatus
              durationMs
              attempts
              nextAttemptAt
              deliveredAt
              lastError
              createdAt
            }
          }
        }
      }
    }
  }
`);

export const webhookEndpointCreateMutation = graphql(`
  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
        url
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const webhookEndpointUpdateMutation = graphql(`
  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
    webhookEndpointUpdate(input: $input) {
      webhookEndpoint {
        id
        url
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const webhookEndpointRotateSecretMutation = graphql(`
  mutation WebhookEndpointRotateSecret($input: WebhookEndpointIdInput!) {
    webhookEndpointRotateSecret(input: $input) {
      webhookEndpoint {
        id
        url
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const webhookEndpointDeleteMutation = graphql(`
  mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {
    webhookEndpointDelete(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const webhookEndpointSendTestMutation = graphql(`
  mutation WebhookEndpointSendTest($input: WebhookEndpointIdInput!) {
    webhookEndpointSendTest(input: $input) {
      webhookDelivery {
        id
        webhookId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const webhookDeliveryRedeliverMutation = graphql(`
  mutation WebhookDeliveryRedeliver($input: WebhookDeliveryIdInput!) {
    webhookDeliveryRedeliver(input: $input) {
      webhookDelivery {
        id
        webhookId
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
