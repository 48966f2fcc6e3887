import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { clientTeamOptionsQuery } from '@/features/clients/api/clients';
import { clientsQueryKey } from '@/features/clients/hooks/use-refresh-clients-after';

/** Teams a client's new cases can go to. */
export function useClientTeamOptions() {
  return useQuery({
    queryKey: [...clientsQueryKey, 'team-options'],
    queryFn: () => graphqlRequest(clientTeamOptionsQuery),
    select: (data) => data.teams.nodes,
    staleTime: 60_000,
  });
}
