import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { caseViewerQuery } from '@/features/cases/api/cases';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

/** The signed-in user's id and teams. */
export function useCaseViewer() {
  return useQuery({
    queryKey: [...casesQueryKey, 'viewer'],
    queryFn: () => graphqlRequest(caseViewerQuery),
    select: (data) => ({ id: data.me.id, teamIds: data.me.teams.map((team) => team.id) }),
    staleTime: 60_000,
  });
}
