import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeRateFieldsFragment } from '@/lib/graphql-types';
import { type UserErrorLike, mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { RateFormFooter, SourceFields } from '@/features/rates/components/rate-form-parts';
import { commonCurrencies, toDecimal } from '@/features/rates/components/rate-format';
import { useAddExchangeRate } from '@/features/rates/hooks/use-add-exchange-rate';
import { useCorrectExchangeRate } from '@/features/rates/hooks/use-correct-exchange-rate';

type Values = { baseCurrency: string; quoteCurrency: string; rateDate: string; rate: string; isConfirmed: boolean; source: string };

const formFields = ['baseCurrency', 'quoteCurrency', 'rateDate', 'rate', 'source'];

/** Enters a rate (correcting = null) or corrects the current entry of a pair and day. */
function ExchangeRateForm({ correcting, onDone }: { correcting: ExchangeRateFieldsFragment | null; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const add = useAddExchangeRate();
  const correct = useCorrectExchangeRate();
  const mutation = correcting ? correct : add;
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      baseCurrency: correcting?.baseCurrency ?? 'EUR',
      quoteCurrency: correcting?.quoteCurrency ?? 'PLN',
      rateDate: correcting?.rateDate ?? '',
      rate: correcting?.rate ?? '',
      isConfirmed: correcting?.isConfirmed ?? false,
      source: correcting?.source ?? '',
    },
    validate: {
      rateDate: (value) => (value === '' ? t('common:userErrors.REQUIRED') : null),
      rate: (value) =>
        value.trim() === '' ? t('common:userErrors.REQUIRED') : toDecimal(value, 6) === null ? t('rates.exchange.form.rateInvalid') : null,
      quoteCurrency: (value, values) => (value === values.baseCurrency ? t('rates.exchange.form.samePair') : null),
      source: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null),
    },
  });

  const handle = (payload: { userErrors: readonly UserErrorLike[] }) => {
    if (payload.userErrors.length > 0) {
      const mapped = mapUserErrors(payload.userErrors, formFields);
      form.setErrors(translateFieldErrors(mapped, t));
      setFormErrors(mapped.form);
      return;
    }
    notifications.show({ color: 'teal', message: t('rates.exchange.form.saved') });
    onDone();
  };

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const rate = toDecimal(values.rate, 6) ?? values.rate;
    const common = { rate, isConfirmed: values.isConfirmed, source: values.source.trim() };
    if (correcting) correct.mutate({ exchangeRateId: correcting.id, ...common }, { onSuccess: handle });
    else add.mutate({ baseCurrency: values.baseCurrency, quoteCurrency: values.quoteCurrency, rateDate: values.rateDate, ...common }, { onSuccess: handle });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t(correcting ? 'rates.exchange.form.correctTitle' : 'rates.exchange.form.addTitle')}>
      <Stack>
        <SimpleGrid cols={2}>
          <Select
            label={t('rates.exchange.fields.baseCurrency')}
            data={[...commonCurrencies]}
            allowDeselect={false}
            searchable
            disabled={correcting !== null}
            {...form.getInputProps('baseCurrency')}
          />
          <Select
            label={t('rates.exchange.fields.quoteCurrency')}
            data={[...commonCurrencies]}
            allowDeselect={false}
            searchable
            disabled={correcting !== null}
            {...form.getInputProps('quoteCurrency')}
          />
        </SimpleGrid>
        <TextInput
          label={t('rates.exchange.fields.rateDate')}
          description={t('rates.exchange.form.rateDateHint')}
          type="date"
          required
          disabled={correcting !== null}
          data-autofocus={correcting ? undefined : true}
          {...form.getInputProps('rateDate')}
        />
        <TextInput
          label={t('rates.exchange.fields.rate')}
          description={t('rates.exchange.form.rateHint', { base: form.values.baseCurrency, quote: form.values.quoteCurrency })}
          required
          inputMode="decimal"
          data-autofocus={correcting ? true : undefined}
          {...form.getInputProps('rate')}
        />
        <SourceFields
          source={form.getInputProps('source')}
          isConfirmed={form.getInputProps('isConfirmed', { type: 'checkbox' })}
          sourceHint={t('rates.exchange.form.sourceHint')}
          confirmedHint={t('rates.exchange.form.confirmedHint')}
        />
        <RateFormFooter formErrors={formErrors} failed={mutation.isError} busy={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function ExchangeRateFormModal({ opened, correcting, onClose }: { opened: boolean; correcting: ExchangeRateFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      opened={opened}
      onClose={onClose}
      title={t(correcting ? 'rates.exchange.form.correctTitle' : 'rates.exchange.form.addTitle')}
      centered
    >
      {opened ? <ExchangeRateForm key={correcting?.id ?? 'new'} correcting={correcting} onDone={onClose} /> : null}
    </Modal>
  );
}
