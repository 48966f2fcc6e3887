import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ExchangeRateAddInput } from '@/lib/graphql-types';
import { exchangeRateAddMutation } from '@/features/rates/api/rates';
import { useRefreshExchangeRatesAfter } from '@/features/rates/hooks/use-exchange-rates';

export function useAddExchangeRate() {
  const onSuccess = useRefreshExchangeRatesAfter();
  return useMutation({
    mutationFn: async (input: ExchangeRateAddInput) =>
      (await graphqlRequest(exchangeRateAddMutation, { input })).exchangeRateAdd ?? { exchangeRate: null, userErrors: [] },
    onSuccess,
  });
}
