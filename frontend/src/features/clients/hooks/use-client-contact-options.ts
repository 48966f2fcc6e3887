import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { clientContactSearchQuery } from '@/features/clients/api/clients';
import { clientsQueryKey } from '@/features/clients/hooks/use-refresh-clients-after';

/** The quick search needs this many characters before it asks the server. */
export const minimumContactSearchLength = 2;

/** Parties that can be a client's contacts, found by name, e-mail, phone and so on (merged ones left out). */
export function useClientContactOptions(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: [...clientsQueryKey, 'contact-options', trimmed],
    enabled: trimmed.length >= minimumContactSearchLength,
    queryFn: () => graphqlRequest(clientContactSearchQuery, { text: trimmed, first: 10 }),
    select: (data) => data.partySearch.map((hit) => hit.party).filter((party) => !party.mergedInto),
    placeholderData: keepPreviousData,
  });
}
