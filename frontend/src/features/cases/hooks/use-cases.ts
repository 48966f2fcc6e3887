import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseFilter, CaseOrder } from '@/lib/graphql-types';
import { casesQuery } from '@/features/cases/api/cases';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

const pageSize = 25;

/** The case list: only cases the user may see, filtered and sorted, 25 at a time; `enabled` false keeps the last result. */
export function useCases(filter: CaseFilter, orderBy: CaseOrder, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: [...casesQueryKey, 'list', filter, orderBy],
    queryFn: ({ pageParam }) => graphqlRequest(casesQuery, { first: pageSize, after: pageParam, filter, orderBy }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.cases.pageInfo.hasNextPage ? (last.cases.pageInfo.endCursor ?? null) : null),
    placeholderData: keepPreviousData,
  });
}
