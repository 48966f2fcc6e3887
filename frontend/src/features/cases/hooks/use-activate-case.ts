import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseIdInput } from '@/lib/graphql-types';
import { caseActivateMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useActivateCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseIdInput) => (await graphqlRequest(caseActivateMutation, { input })).caseActivate ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
