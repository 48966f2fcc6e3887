import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseClaimAddInput } from '@/lib/graphql-types';
import { caseClaimAddMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useAddCaseClaim() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseClaimAddInput) => (await graphqlRequest(caseClaimAddMutation, { input })).caseClaimAdd ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
