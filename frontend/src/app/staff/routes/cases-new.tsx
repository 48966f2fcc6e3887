import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { casePath } from '@/features/cases/components/case-format';
import { CaseOpenForm } from '@/features/cases/components/case-open-form';

/** A new party that should come back here once created (see parties-new: it adds `debtor=<id>`). */
function newDebtorPath(returnTo: string): string {
  return `/parties/new?${new URLSearchParams({ returnTo }).toString()}`;
}

export function CaseNewRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clientId = params.get('client');
  const debtorIds = params.getAll('debtor');
  return (
    <Page title={t('cases.open.title')} description={t('cases.open.description')}>
      <CaseOpenForm
        key={params.toString()}
        clientId={clientId}
        debtorIds={debtorIds}
        newDebtorPath={newDebtorPath}
        onOpened={(caseId) => void navigate(casePath(caseId))}
        onCancel={() => void navigate('/cases')}
      />
    </Page>
  );
}
