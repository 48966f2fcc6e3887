import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { partySearchQuery } from '@/features/parties/api/parties';
import { partiesQueryKey } from '@/features/parties/hooks/use-refresh-parties-after';

/** Quick search needs this many characters before it asks the server. */
export const minimumSearchLength = 2;

export function usePartySearch(text: string, first = 10) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: [...partiesQueryKey, 'search', trimmed, first],
    enabled: trimmed.length >= minimumSearchLength,
    queryFn: () => graphqlRequest(partySearchQuery, { text: trimmed, first }),
    select: (data) => data.partySearch,
    placeholderData: keepPreviousData,
  });
}
