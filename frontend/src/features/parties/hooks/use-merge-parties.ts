import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyMergeInput } from '@/lib/graphql-types';
import { partyMergeMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useMergeParties() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyMergeInput) =>
      (await graphqlRequest(partyMergeMutation, { input })).partyMerge ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
