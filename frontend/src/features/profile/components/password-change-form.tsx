import { Alert, Button, List, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { minimumPasswordLength } from '@/lib/passwords';
import { mapUserErrors } from '@/lib/user-errors';
import { useChangePassword } from '@/features/profile/hooks/use-change-password';

type PasswordChangeFormProps = {
  email: string;
  /** "Temporary password" when the user must replace the one an administrator set. */
  currentPasswordLabel?: string;
  submitLabel?: string;
  onChanged: () => void;
};

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function PasswordChangeForm({ email, currentPasswordLabel, submitLabel, onChanged }: PasswordChangeFormProps) {
  const { t } = useTranslation('common');
  const changePassword = useChangePassword();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value === '' ? t('password.errors.currentRequired') : null),
      newPassword: (value) => {
        if (value.length < minimumPasswordLength) return t('password.errors.tooShort', { min: minimumPasswordLength });
        if (value.trim().toLowerCase() === email.trim().toLowerCase()) return t('password.errors.sameAsEmail');
        return null;
      },
      confirmPassword: (value, values) => (value !== values.newPassword ? t('password.errors.mismatch') : null),
    },
  });
  const formErrors = changePassword.data ? mapUserErrors(changePassword.data.userErrors, ['currentPassword', 'newPassword']).form : [];

  const submit = form.onSubmit((values) => {
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            const mapped = mapUserErrors(payload.userErrors, ['currentPassword', 'newPassword']);
            form.setErrors(Object.fromEntries(Object.entries(mapped.fields).map(([field, key]) => [field, t(key)])));
            return;
          }
          form.reset();
          onChanged();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={currentPasswordLabel ?? t('password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('password.new')}
          autoComplete="new-password"
          required
          aria-describedby="password-policy"
          {...form.getInputProps('newPassword')}
        />
        <div id="password-policy">
          <Text size="sm" c="dimmed">
            {t('password.policy.intro')}
          </Text>
          <List size="sm" c="dimmed">
            <List.Item>{t('password.policy.length', { min: minimumPasswordLength })}</List.Item>
            <List.Item>{t('password.policy.notCommon')}</List.Item>
            <List.Item>{t('password.policy.notEmail')}</List.Item>
          </List>
        </div>
        <PasswordInput
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        {changePassword.isError ? (
          <Alert color="red" role="alert">
            {t('status.saveFailed')}
          </Alert>
        ) : null}
        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        <Button type="submit" loading={changePassword.isPending} style={{ alignSelf: 'flex-start' }}>
          {submitLabel ?? t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
