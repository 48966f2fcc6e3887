import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PaymentSplitInput } from '@/lib/graphql-types';
import { paymentSplitMutation } from '@/features/cases/api/money';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useSplitPayment() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: PaymentSplitInput) =>
      (await graphqlRequest(paymentSplitMutation, { input })).paymentSplit ?? { payment: null, userErrors: [] },
    onSuccess,
  });
}
