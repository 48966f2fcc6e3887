import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSessionUser } from '@/lib/auth';
import { graphqlRequest, type VariablesOf } from '@/lib/graphql-client';
import { changeLanguage, fromApiLanguage } from '@/lib/i18n';
import { profileUpdateMutation } from '@/features/profile/api/profile';
import { meQueryKey } from '@/features/profile/hooks/use-me';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: VariablesOf<typeof profileUpdateMutation>['input']) => {
      const result = await graphqlRequest(profileUpdateMutation, { input });
      return result.profileUpdate ?? { user: null, userErrors: [] };
    },
    onSuccess: async (payload) => {
      const user = payload.user;
      if (!user || payload.userErrors.length > 0) return;
      updateSessionUser({ name: user.name, language: user.language });
      await changeLanguage(fromApiLanguage(user.language));
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
