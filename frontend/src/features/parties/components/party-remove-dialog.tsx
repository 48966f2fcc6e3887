import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { userErrorMessageKey } from '@/lib/user-errors';
import { notify } from '@/features/parties/components/party-notify';

type PartyRemoveDialogProps = {
  title: string;
  /** What goes, and that it stays in the party's history. */
  text: string;
  doneMessage: string;
  busy: boolean;
  remove: () => Promise<{ userErrors: readonly { code: string }[] }>;
  onClose: () => void;
};

/** Asks before a contact channel or bank account is removed; a refusal stays in the dialog, success closes it. */
export function PartyRemoveDialog({ title, text, doneMessage, busy, remove, onClose }: PartyRemoveDialogProps) {
  const { t } = useTranslation('staff');
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    try {
      const refusal = (await remove()).userErrors[0];
      if (refusal) {
        setError(t(userErrorMessageKey(refusal.code)));
        return;
      }
      notify(doneMessage);
      onClose();
    } catch {
      setError(t('common:status.saveFailed'));
    }
  };

  return (
    <ConfirmDialog opened title={title} confirmLabel={t('parties.remove.confirm')} danger busy={busy} error={error} onConfirm={() => void confirm()} onClose={onClose}>
      {text}
    </ConfirmDialog>
  );
}
