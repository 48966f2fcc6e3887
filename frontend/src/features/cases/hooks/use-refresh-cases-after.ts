import { useQueryClient } from '@tanstack/react-query';

export const casesQueryKey = ['cases'] as const;

/** Reloads what shows cases (the case, the lists) after a change, and only when it was made. */
export function useRefreshCasesAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: casesQueryKey });
  };
}
