import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { partyDetailQuery, partyNameQuery } from '@/features/parties/api/parties';
import { partiesQueryKey } from '@/features/parties/hooks/use-refresh-parties-after';

/** `node(id:)` answers any Node; a party is the one with an id here (other types select no fields). */
function partyOf<P extends { id: string }>(node: P | Record<PropertyKey, never> | null): P | null {
  return node !== null && 'id' in node ? (node as P) : null;
}

/** One party with everything its page shows; `data` is null when it does not exist (or is not a party). */
export function usePartyDetail(partyId: string) {
  return useQuery({
    queryKey: [...partiesQueryKey, 'detail', partyId],
    queryFn: () => graphqlRequest(partyDetailQuery, { id: partyId }),
    select: (data) => partyOf(data.node),
  });
}

/** Just a party's name, e.g. to show the parent chosen through `?parent=` on the new-party form. */
export function usePartyName(partyId: string | null) {
  return useQuery({
    queryKey: [...partiesQueryKey, 'name', partyId],
    enabled: partyId !== null,
    queryFn: () => graphqlRequest(partyNameQuery, { id: partyId ?? '' }),
    select: (data) => partyOf(data.node),
  });
}
