import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { AuditAction } from '@/lib/graphql-types';
import { auditEventsQuery } from '@/features/audit/api/audit-events';

export function useAuditEvents(action: AuditAction | null) {
  return useInfiniteQuery({
    queryKey: ['audit-events', action],
    queryFn: ({ pageParam }) =>
      // Without an action the filter is left out rather than sent as null (the server treats both alike per GraphQL).
      graphqlRequest(auditEventsQuery, { first: 50, after: pageParam, ...(action ? { filter: { action } } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditEvents.pageInfo.hasNextPage ? (last.auditEvents.pageInfo.endCursor ?? null) : null),
    placeholderData: keepPreviousData,
  });
}
