import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { ClientList } from '@/features/clients/components/client-list';

export function ClientsRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('clients.title')} description={t('clients.description')}>
      <Text size="sm">
        {t('clients.list.howToAdd')}{' '}
        <Anchor component={Link} to="/parties">
          {t('clients.list.toParties')}
        </Anchor>
      </Text>
      <ClientList />
    </Page>
  );
}
