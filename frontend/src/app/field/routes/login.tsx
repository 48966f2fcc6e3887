import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/lib/auth';
import { changeLanguage, currentLanguage } from '@/lib/i18n';
import { LoginForm } from '@/features/auth/components/login-form';

export function FieldLoginRoute() {
  const { t } = useTranslation('field');
  usePageTitle(t('common:signIn.title'), t('appName'));
  const session = useSession();
  const navigate = useNavigate();
  if (session.status === 'signedIn') return <Navigate to={session.user.mustChangePassword ? '/change-password' : '/today'} replace />;
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Paper withBorder p="lg" w="100%" maw={420} radius="md">
        <Stack>
          <div>
            <Text fw={700} c="vorda.9">
              {t('appName')}
            </Text>
            <Title order={1} size="h2">
              {t('common:signIn.title')}
            </Title>
          </div>
          <LoginForm onSignedIn={(user) => void navigate(user.mustChangePassword ? '/change-password' : '/today', { replace: true })} />
          <LanguageSwitcher value={currentLanguage()} onChange={(language) => void changeLanguage(language)} />
        </Stack>
      </Paper>
    </Center>
  );
}
