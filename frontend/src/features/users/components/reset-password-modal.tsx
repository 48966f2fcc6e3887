import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '@/components/copy-value';
import type { AdminUserFieldsFragment } from '@/lib/graphql-types';
import { generateTemporaryPassword, minimumPasswordLength } from '@/lib/passwords';
import { mapUserErrors } from '@/lib/user-errors';
import { useResetUserPassword } from '@/features/users/hooks/use-reset-user-password';

function ResetPasswordBody({ user, onClose }: { user: AdminUserFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const reset = useResetUserPassword();
  const [password, setPassword] = useState(() => generateTemporaryPassword());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const confirm = () => {
    if (password.length < minimumPasswordLength) {
      setError(t('common:password.errors.tooShort', { min: minimumPasswordLength }));
      return;
    }
    setError(null);
    reset.mutate(
      { userId: user.id, temporaryPassword: password },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            const mapped = mapUserErrors(payload.userErrors, ['temporaryPassword']);
            setError(t(mapped.fields.temporaryPassword ?? mapped.form[0] ?? 'common:userErrors.UNKNOWN'));
            return;
          }
          setDone(password);
        },
      },
    );
  };

  if (done) {
    return (
      <Stack>
        <Alert color="teal" role="status">
          {t('users.resetPassword.done', { name: user.name })}
        </Alert>
        <CopyValue label={t('users.fields.temporaryPassword')} value={done} />
        <Text size="sm">{t('users.resetPassword.shownOnce')}</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common:actions.done')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      <Text>{t('users.resetPassword.explanation', { name: user.name })}</Text>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('users.fields.temporaryPassword')}
          ff="monospace"
          spellCheck={false}
          autoComplete="new-password"
          value={password}
          error={error}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button variant="light" onClick={() => setPassword(generateTemporaryPassword())}>
          {t('users.fields.generate')}
        </Button>
      </Group>
      {reset.isError ? (
        <Alert color="red" role="alert">
          {t('common:status.saveFailed')}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button color="orange" loading={reset.isPending} onClick={confirm}>
          {t('users.resetPassword.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: AdminUserFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={user !== null} onClose={onClose} title={t('users.resetPassword.title')} centered size="lg">
      {user ? <ResetPasswordBody key={user.id} user={user} onClose={onClose} /> : null}
    </Modal>
  );
}
