import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseNoteAddInput } from '@/lib/graphql-types';
import { caseNoteAddMutation } from '@/features/cases/api/cases';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useAddCaseNote() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseNoteAddInput) => (await graphqlRequest(caseNoteAddMutation, { input })).caseNoteAdd ?? { case: null, userErrors: [] },
    onSuccess,
  });
}
