import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { UserClientsSetInput } from '@/lib/graphql-types';
import { userClientsSetMutation } from '@/features/users/api/users';
import { useRefreshUsersAfter } from '@/features/users/hooks/use-users';

/** Sets which clients a client user represents (replacing the earlier set). */
export function useSetUserClients() {
  const onSuccess = useRefreshUsersAfter();
  return useMutation({
    mutationFn: async (input: UserClientsSetInput) =>
      (await graphqlRequest(userClientsSetMutation, { input })).userClientsSet ?? { user: null, userErrors: [] },
    onSuccess,
  });
}
