import { useQuery, useQueryClient } from '@tanstack/react-query';
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

/** Reloads the saved views after a change to them, and only when it was made. */
export function useRefreshSavedViewsAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: savedCaseViewsQueryKey });
  };
}
