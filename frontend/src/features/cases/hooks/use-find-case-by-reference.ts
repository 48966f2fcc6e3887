import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { caseByReferenceQuery } from '@/features/cases/api/cases';

/** Looks a case up by its reference (e.g. 2026-000123) on demand; null when there is none the user may see. */
export function useFindCaseByReference() {
  return useMutation({
    mutationFn: async (reference: string) => (await graphqlRequest(caseByReferenceQuery, { reference })).caseByReference ?? null,
  });
}
