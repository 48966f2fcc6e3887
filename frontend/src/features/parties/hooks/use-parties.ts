import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyFilter } from '@/lib/graphql-types';
import { partiesQuery } from '@/features/parties/api/parties';
import { partiesQueryKey } from '@/features/parties/hooks/use-refresh-parties-after';

const pageSize = 25;

/** Advanced search: runs once a filter is given (null: not searched yet). */
export function useParties(filter: PartyFilter | null) {
  return useInfiniteQuery({
    queryKey: [...partiesQueryKey, 'list', filter],
    enabled: filter !== null,
    queryFn: ({ pageParam }) => graphqlRequest(partiesQuery, { first: pageSize, after: pageParam, filter: filter ?? {} }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.parties.pageInfo.hasNextPage ? (last.parties.pageInfo.endCursor ?? null) : null),
    placeholderData: keepPreviousData,
  });
}
