import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyContactChannelAddInput } from '@/lib/graphql-types';
import { partyContactChannelAddMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useAddPartyContactChannel() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyContactChannelAddInput) =>
      (await graphqlRequest(partyContactChannelAddMutation, { input })).partyContactChannelAdd ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
