import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { SavedCaseViewCreateInput } from '@/lib/graphql-types';
import { savedCaseViewCreateMutation } from '@/features/cases/api/saved-case-views';
import { useRefreshSavedViewsAfter } from '@/features/cases/hooks/use-saved-case-views';

export function useSaveCaseView() {
  const onSuccess = useRefreshSavedViewsAfter();
  return useMutation({
    mutationFn: async (input: SavedCaseViewCreateInput) =>
      (await graphqlRequest(savedCaseViewCreateMutation, { input })).savedCaseViewCreate ?? { savedCaseView: null, userErrors: [] },
    onSuccess,
  });
}
