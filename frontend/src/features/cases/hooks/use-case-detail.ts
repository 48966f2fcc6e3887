import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { caseDetailQuery } from '@/features/cases/api/cases';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

/** `node(id:)` answers any Node; a case is the one with a reference here (other types select no fields). */
function caseOf<C extends { reference: string }>(node: C | Record<PropertyKey, never> | null): C | null {
  return node !== null && 'reference' in node ? (node as C) : null;
}

/**
 * One case with everything its page shows; `data` is null when it does not exist, is not a case, or the user may
 * not see it (the server answers these alike).
 */
export function useCaseDetail(caseId: string) {
  return useQuery({
    queryKey: [...casesQueryKey, 'detail', caseId],
    queryFn: () => graphqlRequest(caseDetailQuery, { id: caseId }),
    select: (data) => caseOf(data.node),
  });
}
