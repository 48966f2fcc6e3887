import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { SavedCaseViewCreateInput } from '@/lib/graphql-types';
import { savedCaseViewCreateMutation } from '@/features/cases/api/saved-case-views';
import { savedCaseViewsQueryKey } from '@/features/cases/hooks/use-saved-case-views';

export function useSaveCaseView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SavedCaseViewCreateInput) =>
      (await graphqlRequest(savedCaseViewCreateMutation, { input })).savedCaseViewCreate ?? { savedCaseView: null, userErrors: [] },
    onSuccess: (payload) => {
      if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: savedCaseViewsQueryKey });
    },
  });
}
