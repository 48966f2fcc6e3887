import { useTranslation } from 'react-i18next';
import { NotAllowed } from '@/app/staff/routes/not-allowed';
import { Page } from '@/components/page';
import { CaseHandover } from '@/features/cases/components/case-handover';
import { useHandoverAccess } from '@/features/cases/hooks/use-handover-access';

/** Handing all open cases of someone who leaves to colleagues: supervisors and administrators. */
export function HandoverRoute() {
  const { t } = useTranslation('staff');
  const allowed = useHandoverAccess();
  if (!allowed) return <NotAllowed />;
  return (
    <Page title={t('cases.handover.title')} description={t('cases.handover.description')}>
      <CaseHandover />
    </Page>
  );
}
