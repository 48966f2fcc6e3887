import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { caseTeamOptionsQuery } from '@/features/cases/api/cases';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

export type CaseTeamOption = { id: string; name: string; active: boolean; members: { id: string; name: string; active: boolean }[] };

/** Teams with their members (for filters, the open-a-case form and reassigning); only for those who may read teams. */
export function useCaseTeamOptions(enabled = true) {
  return useQuery({
    queryKey: [...casesQueryKey, 'team-options'],
    enabled,
    queryFn: () => graphqlRequest(caseTeamOptionsQuery),
    select: (data): CaseTeamOption[] =>
      data.teams.nodes.map((team) => ({ id: team.id, name: team.name, active: team.active, members: team.members.nodes })),
    staleTime: 60_000,
  });
}
