import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { userTeamOptionsQuery } from '@/features/users/api/users';

/** Teams to choose from when filtering users or setting a user's teams. */
export function useTeamOptions() {
  return useQuery({
    queryKey: ['users', 'team-options'],
    queryFn: () => graphqlRequest(userTeamOptionsQuery),
    select: (data) => data.teams.nodes,
    staleTime: 60_000,
  });
}
