import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { apiClientsQuery } from '@/features/api-clients/api/api-clients';

export const apiClientsQueryKey = ['api-clients'] as const;

export function useApiClients() {
  return useInfiniteQuery({
    queryKey: apiClientsQueryKey,
    queryFn: ({ pageParam }) => graphqlRequest(apiClientsQuery, { first: 50, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.apiClients.pageInfo.hasNextPage ? (last.apiClients.pageInfo.endCursor ?? null) : null),
  });
}

export function useRefreshApiClientsAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: apiClientsQueryKey });
  };
}
