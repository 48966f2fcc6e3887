import { Alert, Button, Drawer, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserFieldsFragment } from '@/lib/graphql-types';
import { fromApiLanguage, toApiLanguage } from '@/lib/i18n';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { type UserFormValues, UserFields, clientsToLink, userInputFields, validateUserForm } from '@/features/users/components/user-fields';
import { useSetUserClients } from '@/features/users/hooks/use-set-user-clients';
import { useUpdateUser } from '@/features/users/hooks/use-update-user';

type EditUserFormProps = { user: AdminUserFieldsFragment; onDone: () => void };

function EditUserForm({ user, onDone }: EditUserFormProps) {
  const { t } = useTranslation('staff');
  const updateUser = useUpdateUser();
  const setUserClients = useSetUserClients();
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
      clients: user.clients.map((client) => client.id),
      temporaryPassword: '',
    },
    validate: (values) => validateUserForm(values, t, false),
  });

  const showErrors = (errors: readonly { code: string; field?: readonly string[] | null }[]) => {
    const mapped = mapUserErrors(errors, userInputFields);
    form.setErrors(translateFieldErrors(mapped, t));
    setFormErrors(mapped.form);
  };

  const saveClients = (clientIds: string[], done: () => void) => {
    const before = user.clients.map((client) => client.id).sort();
    if (JSON.stringify(before) === JSON.stringify([...clientIds].sort())) return done();
    // the clients are linked in a second step (ADR 0013): the user's own changes are saved already
    setUserClients.mutate(
      { userId: user.id, clientIds },
      { onSuccess: (payload) => (payload.userErrors.length > 0 ? showErrors(payload.userErrors) : done()) },
    );
  };

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
          if (payload.userErrors.length > 0) return showErrors(payload.userErrors);
          saveClients(clientsToLink(values), () => {
            notifications.show({ color: 'teal', message: t('users.edit.saved', { name: values.name.trim() }) });
            onDone();
          });
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <UserFields form={form} withPassword={false} knownClients={user.clients} />
        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {updateUser.isError || setUserClients.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={updateUser.isPending || setUserClients.isPending}>
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
