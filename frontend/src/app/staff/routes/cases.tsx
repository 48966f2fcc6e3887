import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { CaseGoTo } from '@/features/cases/components/case-go-to';
import { CaseList } from '@/features/cases/components/case-list';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';

export function CasesRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const access = useCaseAccess();
  return (
    <Page title={t('cases.title')} description={t(access.seesAll ? 'cases.descriptionAll' : access.isClientUser ? 'cases.descriptionClient' : 'cases.description')}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <CaseGoTo onFound={(path) => void navigate(path)} />
        {access.canEdit ? (
          <Button component={Link} to="/cases/new">
            {t('cases.actions.open')}
          </Button>
        ) : null}
      </Group>
      <CaseList />
    </Page>
  );
}
