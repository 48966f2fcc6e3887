import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyBankAccountRemoveInput } from '@/lib/graphql-types';
import { partyBankAccountRemoveMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useRemovePartyBankAccount() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyBankAccountRemoveInput) =>
      (await graphqlRequest(partyBankAccountRemoveMutation, { input })).partyBankAccountRemove ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
