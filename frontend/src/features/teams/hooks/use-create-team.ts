import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { TeamCreateInput } from '@/lib/graphql-types';
import { teamCreateMutation } from '@/features/teams/api/teams';
import { useRefreshTeamsAfter } from '@/features/teams/hooks/use-teams';

export function useCreateTeam() {
  const onSuccess = useRefreshTeamsAfter();
  return useMutation({
    mutationFn: async (input: TeamCreateInput) =>
      (await graphqlRequest(teamCreateMutation, { input })).teamCreate ?? { team: null, userErrors: [] },
    onSuccess,
  });
}
