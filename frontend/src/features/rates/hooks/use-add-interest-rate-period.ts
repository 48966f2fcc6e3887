import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { InterestRatePeriodAddInput } from '@/lib/graphql-types';
import { interestRatePeriodAddMutation } from '@/features/rates/api/rates';
import { useRefreshInterestRatesAfter } from '@/features/rates/hooks/use-interest-rate-table';

export function useAddInterestRatePeriod() {
  const onSuccess = useRefreshInterestRatesAfter();
  return useMutation({
    mutationFn: async (input: InterestRatePeriodAddInput) =>
      (await graphqlRequest(interestRatePeriodAddMutation, { input })).interestRatePeriodAdd ?? { entry: null, table: null, userErrors: [] },
    onSuccess,
  });
}
