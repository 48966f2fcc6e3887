import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ExchangeRateWithdrawInput } from '@/lib/graphql-types';
import { exchangeRateWithdrawMutation } from '@/features/rates/api/rates';
import { useRefreshExchangeRatesAfter } from '@/features/rates/hooks/use-exchange-rates';

export function useWithdrawExchangeRate() {
  const onSuccess = useRefreshExchangeRatesAfter();
  return useMutation({
    mutationFn: async (input: ExchangeRateWithdrawInput) =>
      (await graphqlRequest(exchangeRateWithdrawMutation, { input })).exchangeRateWithdraw ?? { exchangeRate: null, userErrors: [] },
    onSuccess,
  });
}
