import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { SavedCaseViewRenameInput } from '@/lib/graphql-types';
import { savedCaseViewRenameMutation } from '@/features/cases/api/saved-case-views';
import { savedCaseViewsQueryKey } from '@/features/cases/hooks/use-saved-case-views';

export function useRenameCaseView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SavedCaseViewRenameInput) =>
      (await graphqlRequest(savedCaseViewRenameMutation, { input })).savedCaseViewRename ?? { savedCaseView: null, userErrors: [] },
    onSuccess: (payload) => {
      if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: savedCaseViewsQueryKey });
    },
  });
}
