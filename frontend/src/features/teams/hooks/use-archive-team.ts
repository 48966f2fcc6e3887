import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { teamArchiveMutation } from '@/features/teams/api/teams';
import { useRefreshTeamsAfter } from '@/features/teams/hooks/use-teams';

export function useArchiveTeam() {
  const onSuccess = useRefreshTeamsAfter();
  return useMutation({
    mutationFn: async (teamId: string) =>
      (await graphqlRequest(teamArchiveMutation, { input: { teamId } })).teamArchive ?? { team: null, userErrors: [] },
    onSuccess,
  });
}
