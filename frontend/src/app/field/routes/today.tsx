import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { TodayVisits } from '@/features/field-visits/components/today-visits';

export function FieldTodayRoute() {
  const { t } = useTranslation('field');
  usePageTitle(t('today.title'), t('appName'));
  return <TodayVisits />;
}
