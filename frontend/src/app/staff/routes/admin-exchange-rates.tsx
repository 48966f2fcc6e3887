import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { ExchangeRatesAdmin } from '@/features/rates/components/exchange-rates-admin';

export function AdminExchangeRatesRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('rates.exchange.title')} description={t('rates.exchange.description')}>
      <ExchangeRatesAdmin />
    </Page>
  );
}
