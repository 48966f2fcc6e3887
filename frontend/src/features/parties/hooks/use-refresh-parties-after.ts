import { useQueryClient } from '@tanstack/react-query';

export const partiesQueryKey = ['parties'] as const;

/** Reloads what shows parties (detail, lists, searches) after a mutation that changed one, and only when it did. */
export function useRefreshPartiesAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: partiesQueryKey });
  };
}
