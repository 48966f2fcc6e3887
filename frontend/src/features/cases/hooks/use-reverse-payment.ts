import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PaymentReverseInput } from '@/lib/graphql-types';
import { paymentReverseMutation } from '@/features/cases/api/money';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useReversePayment() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: PaymentReverseInput) =>
      (await graphqlRequest(paymentReverseMutation, { input })).paymentReverse ?? { payment: null, userErrors: [] },
    onSuccess,
  });
}
