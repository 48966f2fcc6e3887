import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { UserCreateInput } from '@/lib/graphql-types';
import { userCreateMutation } from '@/features/users/api/users';
import { useRefreshUsersAfter } from '@/features/users/hooks/use-users';

export function useCreateUser() {
  const onSuccess = useRefreshUsersAfter();
  return useMutation({
    mutationFn: async (input: UserCreateInput) =>
      (await graphqlRequest(userCreateMutation, { input: input })).userCreate ?? { user: null, userErrors: [] },
    onSuccess,
  });
}
