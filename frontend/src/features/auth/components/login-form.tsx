import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser, SignInResult } from '@/lib/auth';
import { formatDateTime } from '@/lib/dates';
import { useSignIn } from '@/features/auth/hooks/use-sign-in';

type LoginFormProps = { onSignedIn: (user: SessionUser) => void };

/** The message for a failed sign-in, from the problem `code` only — never from the server's text. */
function failureMessage(result: Extract<SignInResult, { ok: false }>, t: (key: string, options?: Record<string, string>) => string, locale: string): string {
  switch (result.code) {
    case 'INVALID_CREDENTIALS':
      return t('signIn.errors.invalidCredentials');
    case 'ACCOUNT_INACTIVE':
      return t('signIn.errors.accountInactive');
    case 'ACCOUNT_LOCKED':
      return result.lockedUntil
        ? t('signIn.errors.accountLocked', { time: formatDateTime(result.lockedUntil, locale) })
        : t('signIn.errors.accountLockedNoTime');
    case 'INVALID_INPUT':
      return t('signIn.errors.invalidInput');
    case 'TOO_MANY_REQUESTS':
      return t('signIn.errors.tooManyRequests');
    default:
      return t('signIn.errors.unavailable');
  }
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t, i18n } = useTranslation('common');
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const failure = signIn.data && !signIn.data.ok ? signIn.data : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    signIn.mutate(
      { email, password },
      {
        onSuccess: (result) => {
          if (result.ok) onSignedIn(result.user);
          else setPassword('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby={failure ? 'sign-in-error' : undefined}>
      <Stack>
        {failure ? (
          <Alert id="sign-in-error" color="red" role="alert" title={t('signIn.errors.title')}>
            {failureMessage(failure, t, i18n.language)}
          </Alert>
        ) : null}
        <TextInput
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={missing.email ? t('signIn.errors.emailRequired') : undefined}
        />
        <PasswordInput
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing.password ? t('signIn.errors.passwordRequired') : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth size="md">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
