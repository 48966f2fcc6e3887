import { graphql } from '@/lib/graphql-client';

export const auditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        occurredAt
        action
        actor
        subject
        detail
        ipAddress
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
