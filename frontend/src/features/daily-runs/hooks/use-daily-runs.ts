import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { type StaffRole, useSession } from '@/lib/auth';
import {
  accrualRunStartMutation,
  accrualRunsQuery,
  arrangementMonitorRunStartMutation,
  arrangementMonitorRunsQuery,
} from '@/features/daily-runs/api/daily-runs';

/** While a run works, the page asks again this often, so its counts grow on screen. */
const WHILE_RUNNING_MS = 2000;

/** Who sees the checks of plans and promises and may start one (the server's VIEW_ALL_CASES + MANAGE_ARRANGEMENTS). */
export const dailyRunRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR'];

export function canSeeDailyRuns(roles: readonly string[]): boolean {
  return roles.some((role) => (dailyRunRoles as readonly string[]).includes(role));
}

/** What the signed-in user may see on the daily-runs page; the server checks again. */
export function useDailyRunAccess() {
  const session = useSession();
  const roles = session.status === 'signedIn' ? session.user.roles : [];
  return { canView: canSeeDailyRuns(roles), canSeeAccrual: roles.includes('ADMIN') };
}

export function useArrangementMonitorRuns() {
  return useQuery({
    queryKey: ['daily-runs', 'arrangement-monitor'],
    queryFn: async () => (await graphqlRequest(arrangementMonitorRunsQuery)).arrangementMonitorRuns,
    refetchInterval: (query) => (query.state.data?.some((run) => run.finishedAt == null) ? WHILE_RUNNING_MS : false),
  });
}

/** The nightly balance runs; asked again every few seconds while one works or while `starting` one by hand. */
export function useAccrualRuns(enabled: boolean, starting = false) {
  return useQuery({
    queryKey: ['daily-runs', 'accrual'],
    queryFn: async () => (await graphqlRequest(accrualRunsQuery)).accrualRuns,
    enabled,
    refetchInterval: (query) =>
      starting || query.state.data?.some((run) => run.status === 'RUNNING' || run.status === 'PENDING') ? WHILE_RUNNING_MS : false,
  });
}

export function useStartArrangementMonitorRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      (await graphqlRequest(arrangementMonitorRunStartMutation)).arrangementMonitorRunStart ?? { run: null, userErrors: [] },
    // the cases' plans and promises may change with the run: everything about cases is asked again
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Runs (or resumes) today's balance run; the request lasts until the run ends, the list shows it running meanwhile. */
export function useStartAccrualRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      (await graphqlRequest(accrualRunStartMutation, { input: { reason } })).accrualRunStart ?? { accrualRun: null, userErrors: [] },
    onSettled: () => client.invalidateQueries(),
  });
}
