import { StaffActivity, type AuditEntry } from '../../components/hub/audit-list.js';

/** What staff and API tokens did to this customer, its accesses and orders (issue 17, H4), paged with `?auditAfter=`. */
export function CustomerStaffActivity({ auditEvents }: { auditEvents: { edges: { node: AuditEntry }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } }) {
  return <StaffActivity entries={auditEvents.edges.map((e) => e.node)} pageInfo={auditEvents.pageInfo} param="auditAfter" id="staff-activity" />;
}
