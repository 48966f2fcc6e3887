import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { InterestRatePeriodWithdrawInput } from '@/lib/graphql-types';
import { interestRatePeriodWithdrawMutation } from '@/features/rates/api/rates';
import { useRefreshInterestRatesAfter } from '@/features/rates/hooks/use-interest-rate-table';

export function useWithdrawInterestRatePeriod() {
  const onSuccess = useRefreshInterestRatesAfter();
  return useMutation({
    mutationFn: async (input: InterestRatePeriodWithdrawInput) =>
      (await graphqlRequest(interestRatePeriodWithdrawMutation, { input })).interestRatePeriodWithdraw ?? { entry: null, userErrors: [] },
    onSuccess,
  });
}
