import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseAssignInput } from '@/lib/graphql-types';
import { caseAssignMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useAssignCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseAssignInput) => (await graphqlRequest(caseAssignMutation, { input })).caseAssign ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
