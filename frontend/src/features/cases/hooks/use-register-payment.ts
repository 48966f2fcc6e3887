import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PaymentRegisterInput } from '@/lib/graphql-types';
import { paymentRegisterMutation } from '@/features/cases/api/money';
import { useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

export function useRegisterPayment() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: PaymentRegisterInput) =>
      (await graphqlRequest(paymentRegisterMutation, { input })).paymentRegister ?? { payment: null, userErrors: [] },
    onSuccess,
  });
}
