import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { PartySearch } from '@/features/parties/components/party-search';

export function PartiesRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('parties.title')} description={t('parties.description')}>
      <PartySearch />
    </Page>
  );
}
