import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { savedCaseViewsQuery } from '@/features/cases/api/saved-case-views';

export const savedCaseViewsQueryKey = ['saved-case-views'] as const;

/** The signed-in user's saved views of the case list, by name. */
export function useSavedCaseViews() {
  return useQuery({
    queryKey: savedCaseViewsQueryKey,
    queryFn: () => graphqlRequest(savedCaseViewsQuery),
    select: (data) => data.savedCaseViews,
  });
}
