import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyCreateInput } from '@/lib/graphql-types';
import { partyCreateMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useCreateParty() {
  const refresh = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyCreateInput) =>
      (await graphqlRequest(partyCreateMutation, { input })).partyCreate ?? { party: null, duplicates: [], userErrors: [] },
    onSuccess: (payload) => {
      if (payload.party) refresh(payload);
    },
  });
}
