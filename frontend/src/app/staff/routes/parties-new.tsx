import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { PartyCreateForm } from '@/features/parties/components/party-create-form';
import { partyPath } from '@/features/parties/components/party-format';

/** Only a path inside this app (`/cases/new?…`), never another site (`//evil.example`, `https://…`). */
function safeReturnPath(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;
}

/** `returnTo` with the chosen party added as one more `debtor` (the open-a-case form reads those). */
function withDebtor(returnTo: string, partyId: string): string {
  const [path = '/', query = ''] = returnTo.split('?', 2);
  const params = new URLSearchParams(query);
  params.append('debtor', partyId);
  return `${path}?${params.toString()}`;
}

export function PartyNewRoute() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const parentId = params.get('parent');
  const returnTo = safeReturnPath(params.get('returnTo'));
  const open = (partyId: string) => void navigate(returnTo ? withDebtor(returnTo, partyId) : partyPath(partyId));
  return (
    <Page title={t('parties.create.title')} description={t('parties.create.description')}>
      {returnTo ? (
        <Alert color="blue" role="note">
          {t('cases.open.returnHint')}
        </Alert>
      ) : null}
      <PartyCreateForm key={parentId ?? ''} parentId={parentId} onCreated={open} onUseExisting={open} onCancel={() => void navigate(-1)} />
    </Page>
  );
}
