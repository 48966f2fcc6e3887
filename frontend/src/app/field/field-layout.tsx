import { AppShell, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { signOut, useSession } from '@/lib/auth';

export function FieldLayout() {
  const { t } = useTranslation('field');
  const session = useSession();
  const navigate = useNavigate();
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('common:skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <div>
            <Text fw={700} c="vorda.9">
              {t('appName')}
            </Text>
            {session.status === 'signedIn' ? (
              <Text size="sm" c="dark.5">
                {session.user.name}
              </Text>
            ) : null}
          </div>
          <Button variant="default" size="md" onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}>
            {t('common:signOut')}
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" tabIndex={-1} maw={720} mx="auto">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
