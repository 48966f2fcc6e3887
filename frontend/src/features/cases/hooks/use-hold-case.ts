import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseHoldInput } from '@/lib/graphql-types';
import { caseHoldMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useHoldCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseHoldInput) => (await graphqlRequest(caseHoldMutation, { input })).caseHold ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
