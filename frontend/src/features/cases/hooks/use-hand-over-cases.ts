import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseHandoverInput } from '@/lib/graphql-types';
import { caseHandoverMutation } from '@/features/cases/api/handover';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useHandOverCases() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseHandoverInput) =>
      (await graphqlRequest(caseHandoverMutation, { input })).caseHandover ?? { movedCount: 0, userErrors: [] },
    onSuccess,
  });
}
