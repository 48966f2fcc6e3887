import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { AuditLog } from '@/features/audit/components/audit-log';

export function AdminAuditRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('audit.title')} description={t('audit.description')}>
      <AuditLog />
    </Page>
  );
}
