import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { savedCaseViewDeleteMutation } from '@/features/cases/api/saved-case-views';
import { useRefreshSavedViewsAfter } from '@/features/cases/hooks/use-saved-case-views';

export function useDeleteCaseView() {
  const onSuccess = useRefreshSavedViewsAfter();
  return useMutation({
    mutationFn: async (viewId: string) =>
      (await graphqlRequest(savedCaseViewDeleteMutation, { input: { viewId } })).savedCaseViewDelete ?? { deletedViewId: null, userErrors: [] },
    onSuccess,
  });
}
