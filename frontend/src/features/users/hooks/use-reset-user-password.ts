import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { UserPasswordResetInput } from '@/lib/graphql-types';
import { userPasswordResetMutation } from '@/features/users/api/users';
import { useRefreshUsersAfter } from '@/features/users/hooks/use-users';

export function useResetUserPassword() {
  const onSuccess = useRefreshUsersAfter();
  return useMutation({
    mutationFn: async (input: UserPasswordResetInput) =>
      (await graphqlRequest(userPasswordResetMutation, { input: input })).userPasswordReset ?? { user: null, userErrors: [] },
    onSuccess,
  });
}
