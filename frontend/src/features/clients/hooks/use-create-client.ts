import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ClientCreateInput } from '@/lib/graphql-types';
import { clientCreateMutation } from '@/features/clients/api/clients';
import { useRefreshClientsAfter } from '@/features/clients/hooks/use-refresh-clients-after';

export function useCreateClient() {
  const onSuccess = useRefreshClientsAfter();
  return useMutation({
    mutationFn: async (input: ClientCreateInput) =>
      (await graphqlRequest(clientCreateMutation, { input })).clientCreate ?? { client: null, userErrors: [] },
    onSuccess,
  });
}
