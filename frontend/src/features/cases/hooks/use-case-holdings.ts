import { useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { caseHoldingsQuery } from '@/features/cases/api/handover';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

/** Users holding open cases, with counts per status (reloaded with the case lists after any case change). */
export function useCaseHoldings() {
  return useQuery({
    queryKey: [...casesQueryKey, 'holdings'],
    queryFn: () => graphqlRequest(caseHoldingsQuery),
    select: (data) => data.caseHoldings,
  });
}
