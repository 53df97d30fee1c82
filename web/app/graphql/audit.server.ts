import { graphql } from './generated/index.js';

// The audit trail (issue 17, H4): the admins' hub page and the "Staff activity" sections.

export const auditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditEntriesFilter, $first: Int!, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    staffMembers {
      id
      name
      email
    }
  }
`);

export const auditEntryFragment = graphql(`
  fragment AuditEntryFields on AuditEvent {
    id
    action
    createdAt
    actorName
    byApiToken
    targetType
    targetId
    targetLabel
    customer {
      id
      name
      customerNumber
    }
    changes {
      field
      before
      after
    }
  }
`);

export const customerAuditQuery = graphql(`
  query CustomerAudit($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      auditEvents(first: $first, after: $after) {
        edges {
          node {
            ...AuditEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const orderAuditQuery = graphql(`
  query OrderAudit($id: ID!, $first: Int!, $after: String) {
    order(id: $id) {
      id
      auditEvents(first: $first, after: $after) {
        edges {
          node {
            ...AuditEntryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
