import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { caseMoneyQuery } from '@/features/cases/api/money';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

/**
 * A case's statement of account at the end of `asOf`; `data` is null when the user may not see money (the server
 * answers null). The previous day's statement stays on screen while another day loads, so the date field keeps focus.
 */
export function useCaseMoney(caseId: string, asOf: string) {
  return useQuery({
    queryKey: [...casesQueryKey, 'money', caseId, asOf],
    queryFn: () => graphqlRequest(caseMoneyQuery, { id: caseId, asOf }),
    select: (data) => (data.node && 'money' in data.node ? (data.node.money ?? null) : null),
    placeholderData: keepPreviousData,
  });
}
