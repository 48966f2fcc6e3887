import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { ApiClientsAdmin } from '@/features/api-clients/components/api-clients-admin';

export function AdminApiClientsRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('apiClients.title')} description={t('apiClients.description')}>
      <ApiClientsAdmin />
    </Page>
  );
}
