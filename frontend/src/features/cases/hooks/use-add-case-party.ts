import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CasePartyAddInput } from '@/lib/graphql-types';
import { casePartyAddMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useAddCaseParty() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CasePartyAddInput) => (await graphqlRequest(casePartyAddMutation, { input })).casePartyAdd ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
