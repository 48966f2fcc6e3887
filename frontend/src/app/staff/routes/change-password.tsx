import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { signOut, useSession } from '@/lib/auth';
import { PasswordChangeForm } from '@/features/profile/components/password-change-form';
import { landingPathFor } from '@/app/staff/guards';

/** The only screen reachable while an administrator's temporary password is in use. */
export function ChangePasswordRoute() {
  const { t } = useTranslation('common');
  usePageTitle(t('mustChangePassword.title'));
  const session = useSession();
  const navigate = useNavigate();
  if (session.status !== 'signedIn') return <Navigate to="/login" replace />;
  const { user } = session;
  if (!user.mustChangePassword) return <Navigate to={landingPathFor(user.roles)} replace />;

  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={480} radius="md">
        <Stack>
          <Title order={1} size="h2">
            {t('mustChangePassword.title')}
          </Title>
          <Text>{t('mustChangePassword.text', { name: user.name })}</Text>
          <PasswordChangeForm
            email={user.email}
            currentPasswordLabel={t('mustChangePassword.currentLabel')}
            submitLabel={t('mustChangePassword.submit')}
            onChanged={() => void navigate(landingPathFor(user.roles), { replace: true })}
          />
          <Button variant="subtle" onClick={() => void signOut().then(() => navigate('/login', { replace: true }))} style={{ alignSelf: 'flex-start' }}>
            {t('signOut')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
