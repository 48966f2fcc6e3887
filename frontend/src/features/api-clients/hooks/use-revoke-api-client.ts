import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { apiClientRevokeMutation } from '@/features/api-clients/api/api-clients';
import { useRefreshApiClientsAfter } from '@/features/api-clients/hooks/use-api-clients';

export function useRevokeApiClient() {
  const onSuccess = useRefreshApiClientsAfter();
  return useMutation({
    mutationFn: async (apiClientId: string) =>
      (await graphqlRequest(apiClientRevokeMutation, { input: { apiClientId } })).apiClientRevoke ?? {
        apiClient: null,
        userErrors: [],
      },
    onSuccess,
  });
}
