import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/lib/auth';
import { changeLanguage, currentLanguage } from '@/lib/i18n';
import { LoginForm } from '@/features/auth/components/login-form';
import { landingPathFor } from '@/app/staff/guards';

type LoginState = { from?: string; expired?: boolean } | null;

export function LoginRoute() {
  const { t } = useTranslation('staff');
  usePageTitle(t('common:signIn.title'));
  const session = useSession();
  const navigate = useNavigate();
  const state = useLocation().state as LoginState;

  if (session.status === 'signedIn') {
    return <Navigate to={session.user.mustChangePassword ? '/change-password' : landingPathFor(session.user.roles)} replace />;
  }

  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} radius="md">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Text fw={700} c="vorda.9" size="lg">
                Vorda
              </Text>
              <Title order={1} size="h2">
                {t('common:signIn.title')}
              </Title>
            </div>
          </Group>
          {state?.expired ? (
            <Alert color="blue" role="status">
              {t('common:signIn.sessionExpired')}
            </Alert>
          ) : null}
          <LoginForm
            onSignedIn={(user) => {
              if (user.mustChangePassword) void navigate('/change-password', { replace: true });
              else void navigate(state?.from && state.from !== '/login' ? state.from : landingPathFor(user.roles), { replace: true });
            }}
          />
          <LanguageSwitcher value={currentLanguage()} onChange={(language) => void changeLanguage(language)} />
        </Stack>
      </Paper>
    </Center>
  );
}
