import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { teamsQuery } from '@/features/teams/api/teams';

export const teamsQueryKey = ['teams'] as const;

export function useTeams(includeArchived: boolean) {
  return useInfiniteQuery({
    queryKey: [...teamsQueryKey, { includeArchived }],
    queryFn: ({ pageParam }) => graphqlRequest(teamsQuery, { first: 50, after: pageParam, includeArchived }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.teams.pageInfo.hasNextPage ? (last.teams.pageInfo.endCursor ?? null) : null),
  });
}

export function useRefreshTeamsAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: teamsQueryKey });
  };
}
