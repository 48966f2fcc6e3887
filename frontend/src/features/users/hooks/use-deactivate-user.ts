import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { userDeactivateMutation } from '@/features/users/api/users';
import { useRefreshUsersAfter } from '@/features/users/hooks/use-users';

export function useDeactivateUser() {
  const onSuccess = useRefreshUsersAfter();
  return useMutation({
    mutationFn: async (userId: string) =>
      (await graphqlRequest(userDeactivateMutation, { input: { userId } })).userDeactivate ?? { user: null, userErrors: [] },
    onSuccess,
  });
}
