import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { savedCaseViewDeleteMutation } from '@/features/cases/api/saved-case-views';
import { savedCaseViewsQueryKey } from '@/features/cases/hooks/use-saved-case-views';

export function useDeleteCaseView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (viewId: string) =>
      (await graphqlRequest(savedCaseViewDeleteMutation, { input: { viewId } })).savedCaseViewDelete ?? { deletedViewId: null, userErrors: [] },
    onSuccess: (payload) => {
      if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: savedCaseViewsQueryKey });
    },
  });
}
