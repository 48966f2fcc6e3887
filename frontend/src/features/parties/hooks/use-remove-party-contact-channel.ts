import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyContactChannelRemoveInput } from '@/lib/graphql-types';
import { partyContactChannelRemoveMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useRemovePartyContactChannel() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyContactChannelRemoveInput) =>
      (await graphqlRequest(partyContactChannelRemoveMutation, { input })).partyContactChannelRemove ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
