import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ClientFilter } from '@/lib/graphql-types';
import { clientsQuery } from '@/features/clients/api/clients';
import { clientsQueryKey } from '@/features/clients/hooks/use-refresh-clients-after';

const pageSize = 25;

/** Clients, newest first; the filter narrows by name and jurisdiction. */
export function useClients(filter: ClientFilter) {
  return useInfiniteQuery({
    queryKey: [...clientsQueryKey, 'list', filter],
    queryFn: ({ pageParam }) => graphqlRequest(clientsQuery, { first: pageSize, after: pageParam, filter }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.clients.pageInfo.hasNextPage ? (last.clients.pageInfo.endCursor ?? null) : null),
    placeholderData: keepPreviousData,
  });
}
