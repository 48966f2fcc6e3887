import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { UserUpdateInput } from '@/lib/graphql-types';
import { userUpdateMutation } from '@/features/users/api/users';
import { useRefreshUsersAfter } from '@/features/users/hooks/use-users';

export function useUpdateUser() {
  const onSuccess = useRefreshUsersAfter();
  return useMutation({
    mutationFn: async (input: UserUpdateInput) =>
      (await graphqlRequest(userUpdateMutation, { input: input })).userUpdate ?? { user: null, userErrors: [] },
    onSuccess,
  });
}
