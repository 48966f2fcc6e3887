import { Alert, Button, Checkbox, Group, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

type InputProps = GetInputPropsReturnType;

/**
 * The two fields every rate entry has: where the rate was published, and whether someone checked it against that
 * publication (unchecked rates are shown as unconfirmed wherever they are used).
 */
export function SourceFields({ source, isConfirmed, sourceHint, confirmedHint }: { source: InputProps; isConfirmed: InputProps; sourceHint: string; confirmedHint: string }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <Textarea label={t('rates.fields.source')} description={sourceHint} required autosize minRows={2} maxLength={500} {...source} />
      <Checkbox label={t('rates.fields.isConfirmed')} description={confirmedHint} {...isConfirmed} />
    </>
  );
}

type FooterProps = { formErrors: readonly string[]; failed: boolean; busy: boolean; onCancel: () => void; submitLabel?: string; danger?: boolean };

/** The end of a rate form: errors not tied to a field, a failed request, and Cancel / Save (or another action). */
export function RateFormFooter({ formErrors, failed, busy, onCancel, submitLabel, danger }: FooterProps) {
  const { t } = useTranslation('staff');
  return (
    <>
      {formErrors.map((key) => (
        <Alert key={key} color="red" role="alert">
          {t(key)}
        </Alert>
      ))}
      {failed ? (
        <Alert color="red" role="alert">
          {t('common:status.saveFailed')}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" color={danger ? 'red' : undefined} loading={busy}>
          {submitLabel ?? t('common:actions.save')}
        </Button>
      </Group>
    </>
  );
}
