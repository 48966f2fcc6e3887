import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyAddressEndInput } from '@/lib/graphql-types';
import { partyAddressEndMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useEndPartyAddress() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyAddressEndInput) =>
      (await graphqlRequest(partyAddressEndMutation, { input })).partyAddressEnd ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
