import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { TeamUpdateInput } from '@/lib/graphql-types';
import { teamUpdateMutation } from '@/features/teams/api/teams';
import { useRefreshTeamsAfter } from '@/features/teams/hooks/use-teams';

export function useUpdateTeam() {
  const onSuccess = useRefreshTeamsAfter();
  return useMutation({
    mutationFn: async (input: TeamUpdateInput) =>
      (await graphqlRequest(teamUpdateMutation, { input })).teamUpdate ?? { team: null, userErrors: [] },
    onSuccess,
  });
}
