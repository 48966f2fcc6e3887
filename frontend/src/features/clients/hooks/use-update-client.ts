import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { ClientUpdateInput } from '@/lib/graphql-types';
import { clientUpdateMutation } from '@/features/clients/api/clients';
import { useRefreshClientsAfter } from '@/features/clients/hooks/use-refresh-clients-after';

export function useUpdateClient() {
  const onSuccess = useRefreshClientsAfter();
  return useMutation({
    mutationFn: async (input: ClientUpdateInput) =>
      (await graphqlRequest(clientUpdateMutation, { input })).clientUpdate ?? { client: null, userErrors: [] },
    onSuccess,
  });
}
