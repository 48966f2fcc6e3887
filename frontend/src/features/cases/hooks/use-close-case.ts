import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseCloseInput } from '@/lib/graphql-types';
import { caseCloseMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useCloseCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseCloseInput) => (await graphqlRequest(caseCloseMutation, { input })).caseClose ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
