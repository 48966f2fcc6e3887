import { useInfiniteQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { teamMembersQuery } from '@/features/teams/api/teams';

export function useTeamMembers(teamId: string | null) {
  return useInfiniteQuery({
    queryKey: ['teams', 'members', teamId],
    enabled: teamId !== null,
    queryFn: ({ pageParam }) => graphqlRequest(teamMembersQuery, { id: teamId ?? '', first: 50, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => {
      const members = last.node && 'members' in last.node ? last.node.members : null;
      return members?.pageInfo.hasNextPage ? (members.pageInfo.endCursor ?? null) : null;
    },
  });
}
