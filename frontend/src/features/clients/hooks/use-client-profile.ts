import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ClientProfileQuery } from '@/lib/graphql-types';
import { clientProfileQuery } from '@/features/clients/api/clients';
import { clientsQueryKey } from '@/features/clients/hooks/use-refresh-clients-after';

export type PartyWithClientProfile = Extract<NonNullable<ClientProfileQuery['node']>, { displayName: string }>;

/** A party and its client profile; `data` is null when there is no such party (or it is not a party). */
export function useClientProfile(partyId: string, enabled = true) {
  return useQuery({
    queryKey: [...clientsQueryKey, 'profile', partyId],
    enabled,
    queryFn: () => graphqlRequest(clientProfileQuery, { partyId }),
    select: (data) => (data.node !== null && 'displayName' in data.node ? (data.node as PartyWithClientProfile) : null),
  });
}
