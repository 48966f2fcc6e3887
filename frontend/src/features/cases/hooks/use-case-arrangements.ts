import { useMutation, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { PaymentPlanCancelInput, PaymentPlanCreateInput, PaymentPlanInput, PromiseCreateInput } from '@/lib/graphql-types';
import {
  caseArrangementsQuery,
  paymentPlanCancelMutation,
  paymentPlanCreateMutation,
  paymentPlanPreviewQuery,
  promiseCreateMutation,
} from '@/features/cases/api/arrangement';
import { casesQueryKey, useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

/** The case's payment plan (running, else latest; null when none) and its promises, newest first. */
export function useCaseArrangements(caseId: string) {
  return useQuery({
    queryKey: [...casesQueryKey, 'arrangements', caseId],
    queryFn: () => graphqlRequest(caseArrangementsQuery, { id: caseId }),
    select: (data) => (data.node && 'promises' in data.node ? { plan: data.node.paymentPlan ?? null, promises: data.node.promises } : null),
  });
}

/** The schedule a plan would have; asked on demand (a preview changes nothing, so it is not cached). */
export function usePreviewPaymentPlan() {
  return useMutation({
    mutationFn: async (input: PaymentPlanInput) => (await graphqlRequest(paymentPlanPreviewQuery, { input })).paymentPlanPreview,
  });
}

export function useCreatePaymentPlan() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: PaymentPlanCreateInput) =>
      (await graphqlRequest(paymentPlanCreateMutation, { input })).paymentPlanCreate ?? { paymentPlan: null, userErrors: [] },
    onSuccess,
  });
}

export function useCancelPaymentPlan() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: PaymentPlanCancelInput) =>
      (await graphqlRequest(paymentPlanCancelMutation, { input })).paymentPlanCancel ?? { paymentPlan: null, userErrors: [] },
    onSuccess,
  });
}

export function useCreatePromise() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: PromiseCreateInput) =>
      (await graphqlRequest(promiseCreateMutation, { input })).promiseCreate ?? { promise: null, userErrors: [] },
    onSuccess,
  });
}
