import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { InterestRatesAdmin } from '@/features/rates/components/interest-rates-admin';

export function AdminInterestRatesRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('rates.title')} description={t('rates.description')}>
      <InterestRatesAdmin />
    </Page>
  );
}
