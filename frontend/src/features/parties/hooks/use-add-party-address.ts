import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyAddressAddInput } from '@/lib/graphql-types';
import { partyAddressAddMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useAddPartyAddress() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyAddressAddInput) =>
      (await graphqlRequest(partyAddressAddMutation, { input })).partyAddressAdd ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
