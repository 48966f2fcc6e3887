import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyContactChannelOptOutInput } from '@/lib/graphql-types';
import { partyContactChannelOptOutMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useSetPartyChannelOptOut() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyContactChannelOptOutInput) =>
      (await graphqlRequest(partyContactChannelOptOutMutation, { input })).partyContactChannelOptOut ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
