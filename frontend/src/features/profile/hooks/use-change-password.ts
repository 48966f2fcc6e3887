import { useMutation } from '@tanstack/react-query';
import { updateSessionUser } from '@/lib/auth';
import { graphqlRequest } from '@/lib/graphql-client';
import { passwordChangeMutation } from '@/features/profile/api/profile';

export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: { currentPassword: string; newPassword: string }) => {
      const result = await graphqlRequest(passwordChangeMutation, { input });
      return result.passwordChange ?? { user: null, userErrors: [] };
    },
    onSuccess: (payload) => {
      if (payload.user && payload.userErrors.length === 0) updateSessionUser({ mustChangePassword: false });
    },
  });
}
