import { useTranslation } from 'react-i18next';
import { NotAllowed } from '@/app/staff/routes/not-allowed';
import { Page } from '@/components/page';
import { DailyRuns } from '@/features/daily-runs/components/daily-runs';
import { useDailyRunAccess } from '@/features/daily-runs/hooks/use-daily-runs';

/** The daily background runs and their failures: supervisors and administrators. */
export function DailyRunsRoute() {
  const { t } = useTranslation('staff');
  const access = useDailyRunAccess();
  if (!access.canView) return <NotAllowed />;
  return (
    <Page title={t('dailyRuns.title')} description={t('dailyRuns.description')}>
      <DailyRuns />
    </Page>
  );
}
