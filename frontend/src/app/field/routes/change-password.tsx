import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { useSession } from '@/lib/auth';
import { PasswordChangeForm } from '@/features/profile/components/password-change-form';

export function FieldChangePasswordRoute() {
  const { t } = useTranslation('common');
  usePageTitle(t('mustChangePassword.title'));
  const session = useSession();
  const navigate = useNavigate();
  if (session.status !== 'signedIn') return <Navigate to="/login" replace />;
  if (!session.user.mustChangePassword) return <Navigate to="/today" replace />;
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Paper withBorder p="lg" w="100%" maw={480} radius="md">
        <Stack>
          <Title order={1} size="h2">
            {t('mustChangePassword.title')}
          </Title>
          <Text>{t('mustChangePassword.text', { name: session.user.name })}</Text>
          <PasswordChangeForm
            email={session.user.email}
            currentPasswordLabel={t('mustChangePassword.currentLabel')}
            submitLabel={t('mustChangePassword.submit')}
            onChanged={() => void navigate('/today', { replace: true })}
          />
        </Stack>
      </Paper>
    </Center>
  );
}
