import { Alert, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '@/components/copy-value';
import { currentLanguage, toApiLanguage } from '@/lib/i18n';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { type UserFormValues, UserFields, clientsToLink, userInputFields, validateUserForm } from '@/features/users/components/user-fields';
import { useCreateUser } from '@/features/users/hooks/use-create-user';
import { useSetUserClients } from '@/features/users/hooks/use-set-user-clients';

type CreateUserDrawerProps = { opened: boolean; onClose: () => void };

export function CreateUserDrawer({ opened, onClose }: CreateUserDrawerProps) {
  const { t } = useTranslation('staff');
  const createUser = useCreateUser();
  const setUserClients = useSetUserClients();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [created, setCreated] = useState<{ name: string; email: string; password: string; clientsLinked: boolean } | null>(null);
  const form = useForm<UserFormValues>({
    mode: 'controlled',
    initialValues: { name: '', email: '', phone: '', language: currentLanguage(), roles: [], teams: [], clients: [], temporaryPassword: '' },
    validate: (values) => validateUserForm(values, t, true),
  });

  const close = () => {
    form.reset();
    setCreated(null);
    setFormErrors([]);
    createUser.reset();
    setUserClients.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    createUser.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() === '' ? null : values.phone.trim(),
        language: toApiLanguage(values.language),
        roles: values.roles,
        teamIds: values.teams,
        temporaryPassword: values.temporaryPassword,
      },
      {
        onSuccess: async (payload) => {
          if (payload.userErrors.length > 0 || !payload.user) {
            const mapped = mapUserErrors(payload.userErrors, userInputFields);
            form.setErrors(translateFieldErrors(mapped, t));
            setFormErrors(mapped.form);
            return;
          }
          const user = payload.user;
          const clientIds = clientsToLink(values);
          // the clients are linked in a second step (ADR 0013); if that fails the user exists and sees no case
          const clientsLinked =
            clientIds.length === 0 ||
            (await setUserClients
              .mutateAsync({ userId: user.id, clientIds })
              .then((linked) => linked.userErrors.length === 0)
              .catch(() => false));
          setCreated({ name: user.name, email: user.email, password: values.temporaryPassword, clientsLinked });
        },
      },
    );
  });

  return (
    <Drawer closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={opened} onClose={close} title={t('users.create.title')} position="right" size="md">
      {created ? (
        <Stack>
          <Alert color="teal" role="status" title={t('users.create.doneTitle')}>
            {t('users.create.done', { name: created.name, email: created.email })}
          </Alert>
          {created.clientsLinked ? null : (
            <Alert color="orange" role="alert">
              {t('users.clientsNotLinked')}
            </Alert>
          )}
          <CopyValue label={t('users.fields.temporaryPassword')} value={created.password} />
          <Text size="sm">{t('users.create.handOver')}</Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common:actions.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <UserFields form={form} withPassword />
            {formErrors.map((key) => (
              <Alert key={key} color="red" role="alert">
                {t(key)}
              </Alert>
            ))}
            {createUser.isError ? (
              <Alert color="red" role="alert">
                {t('common:status.saveFailed')}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={createUser.isPending || setUserClients.isPending}>
                {t('users.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Drawer>
  );
}
