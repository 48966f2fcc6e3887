import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { apiClientCreateMutation } from '@/features/api-clients/api/api-clients';
import { useRefreshApiClientsAfter } from '@/features/api-clients/hooks/use-api-clients';

export function useCreateApiClient() {
  const onSuccess = useRefreshApiClientsAfter();
  return useMutation({
    mutationFn: async (name: string) =>
      (await graphqlRequest(apiClientCreateMutation, { input: { name } })).apiClientCreate ?? {
        apiClient: null,
        clientSecret: null,
        userErrors: [],
      },
    onSuccess,
  });
}
