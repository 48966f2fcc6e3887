import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { meQuery } from '@/features/profile/api/profile';

export const meQueryKey = ['profile', 'me'] as const;

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: () => graphqlRequest(meQuery) });
}
