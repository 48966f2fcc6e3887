import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { SavedCaseViewRenameInput } from '@/lib/graphql-types';
import { savedCaseViewRenameMutation } from '@/features/cases/api/saved-case-views';
import { useRefreshSavedViewsAfter } from '@/features/cases/hooks/use-saved-case-views';

export function useRenameCaseView() {
  const onSuccess = useRefreshSavedViewsAfter();
  return useMutation({
    mutationFn: async (input: SavedCaseViewRenameInput) =>
      (await graphqlRequest(savedCaseViewRenameMutation, { input })).savedCaseViewRename ?? { savedCaseView: null, userErrors: [] },
    onSuccess,
  });
}
