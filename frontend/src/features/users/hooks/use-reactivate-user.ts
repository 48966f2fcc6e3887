import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { userReactivateMutation } from '@/features/users/api/users';
import { useRefreshUsersAfter } from '@/features/users/hooks/use-users';

export function useReactivateUser() {
  const onSuccess = useRefreshUsersAfter();
  return useMutation({
    mutationFn: async (userId: string) =>
      (await graphqlRequest(userReactivateMutation, { input: { userId } })).userReactivate ?? { user: null, userErrors: [] },
    onSuccess,
  });
}
