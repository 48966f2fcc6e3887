import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { TeamsAdmin } from '@/features/teams/components/teams-admin';

export function AdminTeamsRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('teams.title')} description={t('teams.description')}>
      <TeamsAdmin />
    </Page>
  );
}
