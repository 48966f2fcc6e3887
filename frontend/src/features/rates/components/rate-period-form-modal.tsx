import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatutoryRate } from '@/lib/graphql-types';
import { type UserErrorLike, mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { RateFormFooter, SourceFields } from '@/features/rates/components/rate-form-parts';
import { toDecimal } from '@/features/rates/components/rate-format';
import { useAddInterestRatePeriod } from '@/features/rates/hooks/use-add-interest-rate-period';
import { useCorrectInterestRatePeriod } from '@/features/rates/hooks/use-correct-interest-rate-period';

/**
 * What the form does: add a period on a day of choice, replace the shipped row of a day (to confirm or correct it),
 * or correct the current administrator's entry of a day.
 */
export type PeriodFormMode =
  | { kind: 'add'; rate: StatutoryRate }
  | { kind: 'replace'; rate: StatutoryRate; validFrom: string; annualRatePercent: string }
  | {
      kind: 'correct';
      rate: StatutoryRate;
      entryId: string;
      validFrom: string;
      annualRatePercent: string;
      publishedThrough: string | null;
      isConfirmed: boolean;
      source: string;
    };

type Values = { validFrom: string; annualRatePercent: string; publishedThrough: string; isConfirmed: boolean; source: string };

const formFields = ['validFrom', 'annualRatePercent', 'publishedThrough', 'source'];

function PeriodForm({ mode, tableName, onDone }: { mode: PeriodFormMode; tableName: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const add = useAddInterestRatePeriod();
  const correct = useCorrectInterestRatePeriod();
  const mutation = mode.kind === 'correct' ? correct : add;
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      validFrom: mode.kind === 'add' ? '' : mode.validFrom,
      annualRatePercent: mode.kind === 'add' ? '' : mode.annualRatePercent,
      publishedThrough: mode.kind === 'correct' ? (mode.publishedThrough ?? '') : '',
      isConfirmed: mode.kind === 'correct' ? mode.isConfirmed : false,
      source: mode.kind === 'correct' ? mode.source : '',
    },
    validate: {
      validFrom: (value) => (value === '' ? t('common:userErrors.REQUIRED') : null),
      annualRatePercent: (value) =>
        value.trim() === '' ? t('common:userErrors.REQUIRED') : toDecimal(value, 4, true) === null ? t('rates.periods.form.percentInvalid') : null,
      source: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null),
    },
  });

  const handle = (payload: { userErrors: readonly UserErrorLike[] }, validFrom: string) => {
    if (payload.userErrors.length > 0) {
      const mapped = mapUserErrors(payload.userErrors, formFields);
      form.setErrors(translateFieldErrors(mapped, t));
      setFormErrors(mapped.form);
      return;
    }
    notifications.show({ color: 'teal', message: t('rates.periods.form.saved', { table: tableName, date: validFrom }) });
    onDone();
  };

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const annualRatePercent = toDecimal(values.annualRatePercent, 4, true) ?? values.annualRatePercent;
    const common = {
      annualRatePercent,
      publishedThrough: values.publishedThrough || null,
      isConfirmed: values.isConfirmed,
      source: values.source.trim(),
    };
    if (mode.kind === 'correct') {
      correct.mutate({ entryId: mode.entryId, ...common }, { onSuccess: (p) => handle(p, mode.validFrom) });
    } else {
      add.mutate({ rate: mode.rate, validFrom: values.validFrom, ...common }, { onSuccess: (p) => handle(p, values.validFrom) });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('rates.periods.form.label', { table: tableName })}>
      <Stack>
        <TextInput
          label={t('rates.fields.validFrom')}
          type="date"
          required
          disabled={mode.kind !== 'add'}
          description={mode.kind === 'add' ? t('rates.periods.form.validFromHint') : t('rates.periods.form.validFromFixed')}
          data-autofocus={mode.kind === 'add' ? true : undefined}
          {...form.getInputProps('validFrom')}
        />
        <TextInput
          label={t('rates.fields.annualRatePercent')}
          description={t('rates.periods.form.percentHint')}
          required
          inputMode="decimal"
          rightSection="%"
          data-autofocus={mode.kind !== 'add' ? true : undefined}
          {...form.getInputProps('annualRatePercent')}
        />
        <TextInput
          label={t('rates.fields.publishedThrough')}
          description={t('rates.periods.form.publishedThroughHint')}
          type="date"
          {...form.getInputProps('publishedThrough')}
        />
        <SourceFields
          source={form.getInputProps('source')}
          isConfirmed={form.getInputProps('isConfirmed', { type: 'checkbox' })}
          sourceHint={t('rates.periods.form.sourceHint')}
          confirmedHint={t('rates.periods.form.confirmedHint')}
        />
        <RateFormFooter formErrors={formErrors} failed={mutation.isError} busy={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

const titles: Record<PeriodFormMode['kind'], string> = {
  add: 'rates.periods.form.addTitle',
  replace: 'rates.periods.form.replaceTitle',
  correct: 'rates.periods.form.correctTitle',
};

export function RatePeriodFormModal({ mode, tableName, onClose }: { mode: PeriodFormMode | null; tableName: string; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      opened={mode !== null}
      onClose={onClose}
      title={mode ? t(titles[mode.kind], { table: tableName }) : ''}
      centered
    >
      {mode ? <PeriodForm key={mode.kind === 'correct' ? mode.entryId : `${mode.kind}-${mode.rate}`} mode={mode} tableName={tableName} onDone={onClose} /> : null}
    </Modal>
  );
}
