import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { ProfilePanel } from '@/features/profile/components/profile-panel';

export function ProfileRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('profile.title')} description={t('profile.description')}>
      <ProfilePanel />
    </Page>
  );
}
