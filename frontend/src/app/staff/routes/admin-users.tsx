import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { UsersAdmin } from '@/features/users/components/users-admin';

export function AdminUsersRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('users.title')} description={t('users.description')}>
      <UsersAdmin />
    </Page>
  );
}
