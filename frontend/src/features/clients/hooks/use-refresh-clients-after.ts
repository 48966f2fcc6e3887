import { useQueryClient } from '@tanstack/react-query';

export const clientsQueryKey = ['clients'] as const;

/** Reloads what shows clients (profiles, the list) after a change, and only when it was made. */
export function useRefreshClientsAfter() {
  const queryClient = useQueryClient();
  return (payload: { userErrors: readonly unknown[] }) => {
    if (payload.userErrors.length === 0) void queryClient.invalidateQueries({ queryKey: clientsQueryKey });
  };
}
