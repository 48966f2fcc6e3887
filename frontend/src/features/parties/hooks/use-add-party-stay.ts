import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyStayAddInput } from '@/lib/graphql-types';
import { partyStayAddMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useAddPartyStay() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyStayAddInput) =>
      (await graphqlRequest(partyStayAddMutation, { input })).partyStayAdd ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
