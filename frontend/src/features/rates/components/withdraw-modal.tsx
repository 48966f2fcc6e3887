import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserErrorLike, mapUserErrors } from '@/lib/user-errors';
import { RateFormFooter } from '@/features/rates/components/rate-form-parts';

type WithdrawModalProps = {
  opened: boolean;
  title: string;
  text: string;
  busy: boolean;
  /** Sends the withdrawal; resolves with the server's userErrors (none: done). */
  onWithdraw: (reason: string) => Promise<readonly UserErrorLike[]>;
  onClose: () => void;
};

/** Withdraws an entered rate: the reason is required, because it is what the history will show. */
export function WithdrawModal({ opened, title, text, busy, onWithdraw, onClose }: WithdrawModalProps) {
  const { t } = useTranslation('staff');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const close = () => {
    setReason('');
    setError(null);
    setFailed(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    if (reason.trim() === '') {
      setError(t('common:userErrors.REQUIRED'));
      return;
    }
    try {
      const errors = await onWithdraw(reason.trim());
      if (errors.length === 0) {
        close();
        return;
      }
      const mapped = mapUserErrors(errors, ['reason']);
      setError(t(mapped.fields.reason ?? mapped.form[0] ?? 'common:userErrors.UNKNOWN'));
    } catch {
      setFailed(true);
    }
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={opened} onClose={close} title={title} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text>{text}</Text>
          <Textarea
            label={t('rates.withdraw.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            value={reason}
            error={error}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <RateFormFooter formErrors={[]} failed={failed} busy={busy} onCancel={close} submitLabel={t('rates.withdraw.confirm')} danger />
        </Stack>
      </form>
    </Modal>
  );
}
