import { Alert, Button, Drawer, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment } from '@/lib/graphql-types';
import { fromApiLanguage, toApiLanguage } from '@/lib/i18n';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { type UserFormValues, UserFields, userInputFields, validateUserForm } from '@/features/users/components/user-fields';
import { useUpdateUser } from '@/features/users/hooks/use-update-user';

type EditUserFormProps = { user: AdminUserFieldsFragment; onDone: () => void };

function EditUserForm({ user, onDone }: EditUserFormProps) {
  const { t } = useTranslation('staff');
  const updateUser = useUpdateUser();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<UserFormValues>({
    mode: 'controlled',
    initialValues: {
      name: user.name,
      email: user.email,
      phone: user.phone ?? '',
      language: fromApiLanguage(user.language),
      roles: [...user.roles],
      teams: user.teams.map((team) => team.id),
      temporaryPassword: '',
    },
    validate: (values) => validateUserForm(values, t, false),
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    updateUser.mutate(
      {
        userId: user.id,
        name: values.name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim(),
        language: toApiLanguage(values.language),
        roles: values.roles,
        teamIds: values.teams,
      },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            const mapped = mapUserErrors(payload.userErrors, userInputFields);
            form.setErrors(translateFieldErrors(mapped, t));
            setFormErrors(mapped.form);
            return;
          }
          notifications.show({ color: 'teal', message: t('users.edit.saved', { name: values.name.trim() }) });
          onDone();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <UserFields form={form} withPassword={false} />
        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {updateUser.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditUserDrawer({ user, onClose }: { user: AdminUserFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Drawer closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={user !== null} onClose={onClose} title={t('users.edit.title')} position="right" size="md">
      {user ? <EditUserForm key={user.id} user={user} onDone={onClose} /> : null}
    </Drawer>
  );
}
