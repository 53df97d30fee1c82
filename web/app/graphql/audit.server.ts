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

/** 20 entries a page, fixed here so the query's cost is that of 20 (graphql-limits.test.ts). */
export const customerAuditQuery = graphql(`
  query CustomerAudit($id: ID!, $after: String) {
    customer(id: $id) {
      id
      auditEvents(first: 20, after: $after) {
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
  query OrderAudit($id: ID!, $after: String) {
    order(id: $id) {
      id
      auditEvents(first: 20, after: $after) {
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
