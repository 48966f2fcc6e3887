import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseIdInput } from '@/lib/graphql-types';
import { caseReleaseMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useReleaseCase() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseIdInput) => (await graphqlRequest(caseReleaseMutation, { input })).caseRelease ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
