import { useMutation, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseReminderRecordInput } from '@/lib/graphql-types';
import {
  caseReminderRecordMutation,
  caseRemindersQuery,
  caseStatutoryCostsChargeMutation,
  caseStatutoryCostsQuery,
} from '@/features/cases/api/costs';
import { casesQueryKey, useRefreshCasesAfter } from '@/features/cases/hooks/use-refresh-cases-after';

/** The case's reminders with legal effect. */
export function useCaseReminders(caseId: string) {
  return useQuery({
    queryKey: [...casesQueryKey, 'reminders', caseId],
    queryFn: () => graphqlRequest(caseRemindersQuery, { id: caseId }),
    select: (data) => (data.node && 'reminders' in data.node ? data.node.reminders : []),
  });
}

/**
 * The case's statutory costs today; null for those who may not see money. Asked apart from the reminders, so a
 * case whose costs cannot be assessed (e.g. no exchange rate for the day) still shows its reminders and the reason.
 */
export function useStatutoryCosts(caseId: string) {
  return useQuery({
    queryKey: [...casesQueryKey, 'statutory-costs', caseId],
    queryFn: () => graphqlRequest(caseStatutoryCostsQuery, { id: caseId }),
    select: (data) => data.caseStatutoryCosts ?? null,
    retry: false,
  });
}

export function useRecordReminder() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (input: CaseReminderRecordInput) =>
      (await graphqlRequest(caseReminderRecordMutation, { input })).caseReminderRecord ?? { case: null, userErrors: [] },
    onSuccess,
  });
}

export function useChargeStatutoryCosts() {
  const onSuccess = useRefreshCasesAfter();
  return useMutation({
    mutationFn: async (caseId: string) =>
      (await graphqlRequest(caseStatutoryCostsChargeMutation, { input: { caseId } })).caseStatutoryCostsCharge ?? {
        statutoryCosts: null,
        userErrors: [],
      },
    onSuccess,
  });
}
