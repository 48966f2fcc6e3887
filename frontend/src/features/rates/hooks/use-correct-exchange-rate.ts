import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ExchangeRateCorrectInput } from '@/lib/graphql-types';
import { exchangeRateCorrectMutation } from '@/features/rates/api/rates';
import { useRefreshExchangeRatesAfter } from '@/features/rates/hooks/use-exchange-rates';

export function useCorrectExchangeRate() {
  const onSuccess = useRefreshExchangeRatesAfter();
  return useMutation({
    mutationFn: async (input: ExchangeRateCorrectInput) =>
      (await graphqlRequest(exchangeRateCorrectMutation, { input })).exchangeRateCorrect ?? { exchangeRate: null, userErrors: [] },
    onSuccess,
  });
}
