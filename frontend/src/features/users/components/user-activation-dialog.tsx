import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { AdminUserFieldsFragment } from '@/lib/graphql-types';
import { mapUserErrors } from '@/lib/user-errors';
import { useDeactivateUser } from '@/features/users/hooks/use-deactivate-user';
import { useReactivateUser } from '@/features/users/hooks/use-reactivate-user';

type UserActivationDialogProps = { user: AdminUserFieldsFragment | null; onClose: () => void };

/** Confirms deactivating an active user, or reactivating a deactivated one. */
export function UserActivationDialog({ user, onClose }: UserActivationDialogProps) {
  const { t } = useTranslation('staff');
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const mutation = user?.active ? deactivate : reactivate;
  const userErrors = mutation.data?.userErrors ?? [];
  const errorKey = userErrors.length ? mapUserErrors(userErrors, []).form[0] : mutation.isError ? 'common:status.saveFailed' : null;

  const close = () => {
    deactivate.reset();
    reactivate.reset();
    onClose();
  };

  const confirm = () => {
    if (!user) return;
    mutation.mutate(user.id, {
      onSuccess: (payload) => {
        if (payload.userErrors.length > 0) return;
        notifications.show({
          color: 'teal',
          message: t(user.active ? 'users.activation.deactivated' : 'users.activation.reactivated', { name: user.name }),
        });
        close();
      },
    });
  };

  return (
    <ConfirmDialog
      opened={user !== null}
      title={t(user?.active ? 'users.activation.deactivateTitle' : 'users.activation.reactivateTitle')}
      confirmLabel={t(user?.active ? 'users.actions.deactivate' : 'users.actions.reactivate')}
      danger={user?.active}
      busy={mutation.isPending}
      error={errorKey ? t(errorKey) : null}
      onConfirm={confirm}
      onClose={close}
    >
      {user ? t(user.active ? 'users.activation.deactivateText' : 'users.activation.reactivateText', { name: user.name }) : ''}
    </ConfirmDialog>
  );
}
