import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PartyNoteAddInput } from '@/lib/graphql-types';
import { partyNoteAddMutation } from '@/features/parties/api/parties';
import { useRefreshPartiesAfter } from '@/features/parties/hooks/use-refresh-parties-after';

export function useAddPartyNote() {
  const onSuccess = useRefreshPartiesAfter();
  return useMutation({
    mutationFn: async (input: PartyNoteAddInput) =>
      (await graphqlRequest(partyNoteAddMutation, { input })).partyNoteAdd ?? { party: null, userErrors: [] },
    onSuccess,
  });
}
