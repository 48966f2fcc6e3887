import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseOpenInput } from '@/lib/graphql-types';
import { caseOpenMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useOpenCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseOpenInput) => (await graphqlRequest(caseOpenMutation, { input })).caseOpen ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
