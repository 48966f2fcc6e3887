import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ExchangeRateFilter } from '@/lib/graphql-types';
import { exchangeRatesQuery } from '@/features/rates/api/rates';

export const exchangeRatesQueryKey = ['exchange-rates'] as const;

export function useExchangeRates(filter: ExchangeRateFilter) {
  return useInfiniteQuery({
    queryKey: [...exchangeRatesQueryKey, filter],
    queryFn: ({ pageParam }) => graphqlRequest(exchangeRatesQuery, { first: 50, after: pageParam, filter }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.exchangeRates.pageInfo.hasNextPage ? (last.exchangeRates.pageInfo.endCursor ?? null) : null),
    placeholderData: keepPreviousData,
  });
}

export function useRefreshExchangeRatesAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: exchangeRatesQueryKey });
  };
}
