import { useQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { StatutoryRate } from '@/lib/graphql-types';
import { interestRateTableQuery } from '@/features/rates/api/rates';

export const interestRatesQueryKey = ['interest-rates'] as const;

/** One table with its rows, newest first, and every change administrators made to it. */
export function useInterestRateTable(rate: StatutoryRate) {
  return useQuery({
    queryKey: [...interestRatesQueryKey, 'table', rate],
    queryFn: async () => (await graphqlRequest(interestRateTableQuery, { rate })).interestRateTable,
  });
}

/** After a change without userErrors, every table is read again (a reference row moves the rates derived from it). */
export function useRefreshInterestRatesAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: interestRatesQueryKey });
  };
}
