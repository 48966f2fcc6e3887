import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { UserFilter, UserOrder } from '@/lib/graphql-types';
import { usersQuery } from '@/features/users/api/users';

export const usersQueryKey = ['users'] as const;
const pageSize = 25;

export function useUsers(filter: UserFilter, orderBy: UserOrder) {
  return useInfiniteQuery({
    queryKey: [...usersQueryKey, filter, orderBy],
    queryFn: ({ pageParam }) => graphqlRequest(usersQuery, { first: pageSize, after: pageParam, filter, orderBy }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.users.pageInfo.hasNextPage ? (last.users.pageInfo.endCursor ?? null) : null),
    placeholderData: keepPreviousData,
  });
}

/** Reloads the user list after a mutation that changed a user (and only when it did). */
export function useRefreshUsersAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: usersQueryKey });
  };
}
