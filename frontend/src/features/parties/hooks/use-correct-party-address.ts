import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyAddressCorrectInput } from '@/lib/graphql-types';
import { partyAddressCorrectMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useCorrectPartyAddress() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyAddressCorrectInput) =>
      (await graphqlRequest(partyAddressCorrectMutation, { input })).partyAddressCorrect ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
