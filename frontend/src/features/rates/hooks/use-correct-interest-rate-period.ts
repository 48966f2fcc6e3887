import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { InterestRatePeriodCorrectInput } from '@/lib/graphql-types';
import { interestRatePeriodCorrectMutation } from '@/features/rates/api/rates';
import { useRefreshInterestRatesAfter } from '@/features/rates/hooks/use-interest-rate-table';

export function useCorrectInterestRatePeriod() {
  const onSuccess = useRefreshInterestRatesAfter();
  return useMutation({
    mutationFn: async (input: InterestRatePeriodCorrectInput) =>
      (await graphqlRequest(interestRatePeriodCorrectMutation, { input })).interestRatePeriodCorrect ?? { entry: null, table: null, userErrors: [] },
    onSuccess,
  });
}
