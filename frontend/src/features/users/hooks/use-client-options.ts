import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { userClientOptionsQuery } from '@/features/users/api/users';

/** Clients whose name matches what was typed, to link a client user to (the first 20). */
export function useClientOptions(search: string, enabled: boolean) {
  const text = search.trim();
  return useQuery({
    queryKey: ['users', 'client-options', text],
    queryFn: () => graphqlRequest(userClientOptionsQuery, { search: text === '' ? null : text }),
    select: (data) => data.clients.nodes,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
