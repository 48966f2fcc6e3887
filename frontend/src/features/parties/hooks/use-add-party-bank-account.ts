import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyBankAccountAddInput } from '@/lib/graphql-types';
import { partyBankAccountAddMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useAddPartyBankAccount() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyBankAccountAddInput) =>
      (await graphqlRequest(partyBankAccountAddMutation, { input })).partyBankAccountAdd ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
