import { graphql } from './generated/index.js';

/** The bell's badge in the hub layout. */
export const hubBellQuery = graphql(`
  query HubBell {
    hubNotifications {
      total
      unreadCount
    }
  }
`);

/** What waits for staff (N2): accesses to approve, access requests, orders to validate. */
export const hubNotificationsQuery = graphql(`
  query HubNotifications {
    hubNotifications {
      total
      pendingApprovalCount
      registrationRequestCount
      submittedOrderCount
      unreadCount
      unreadOrderCount
      unreadApprovalCount
      unreadRegistrationCount
      requestedQuoteCount
      unreadQuoteCount
      requestedQuotes {
        id
        number
        createdAt
        customer {
          id
          name
        }
      }
      submittedOrders {
        id
        number
        placedAt
        total {
          amount
          currencyCode
        }
        customer {
          id
          name
        }
      }
      pendingApprovals {
        id
        email
        grantedAt
        customer {
          id
          name
        }
      }
      registrationRequests {
        id
        companyName
        contactName
        email
        createdAt
      }
    }
  }
`);

export const storeAccessApproveMutation = graphql(`
  mutation StoreAccessApprove($input: StoreAccessIdInput!) {
    storeAccessApprove(input: $input) {
      storeAccess {
        id
        email
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

/** Marks kinds of bell notifications as read for the signed-in staff member. */
export const hubNotificationsMarkReadMutation = graphql(`
  mutation HubNotificationsMarkRead($input: HubNotificationsMarkReadInput!) {
    hubNotificationsMarkRead(input: $input) {
      hubNotifications {
        unreadCount
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
