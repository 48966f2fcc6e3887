import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseIdInput } from '@/lib/graphql-types';
import { caseReopenMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useReopenCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseIdInput) => (await graphqlRequest(caseReopenMutation, { input })).caseReopen ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
