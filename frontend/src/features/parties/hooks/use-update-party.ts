import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyUpdateInput } from '@/lib/graphql-types';
import { partyUpdateMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useUpdateParty() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyUpdateInput) =>
      (await graphqlRequest(partyUpdateMutation, { input })).partyUpdate ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
