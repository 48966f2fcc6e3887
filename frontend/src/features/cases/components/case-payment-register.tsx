import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '@/lib/dates';
import type { PaymentMethod } from '@/lib/graphql-types';
import { amountErrorKey, toDecimal } from '@/features/cases/components/case-format';
import { notify } from '@/features/cases/components/case-notify';
import { FormFooter, applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { useRegisterPayment } from '@/features/cases/hooks/use-register-payment';

export const paymentMethods: readonly PaymentMethod[] = ['BANK_TRANSFER', 'CASH', 'CARD', 'BAILIFF', 'PAID_TO_CLIENT'];

/** userError paths after `input` → the form's fields (a refused currency is a problem with the amount as typed). */
export const paymentFields = { amount: 'amount', currency: 'amount', valueDate: 'valueDate', method: 'method', note: 'note' };

/** A payment received on the case: amount, value date, method and a note; the server allocates it. */
export function RegisterPaymentForm({ caseId, currency, onDone }: { caseId: string; currency: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const register = useRegisterPayment();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = todayIsoDate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: '', valueDate: today, method: 'BANK_TRANSFER' as string | null, note: '' },
    validate: {
      amount: (value) => {
        const key = amountErrorKey(value);
        return key ? t(key) : null;
      },
      valueDate: (value) => {
        if (value === '') return t('common:userErrors.REQUIRED');
        return value > today ? t('common:userErrors.DATE_IN_FUTURE') : null;
      },
      method: (value) => (value ? null : t('common:userErrors.REQUIRED')),
    },
  });
  const submit = form.onSubmit(
    (values, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      const note = values.note.trim();
      register.mutate(
        {
          caseId,
          amount: toDecimal(values.amount) ?? values.amount.trim(),
          valueDate: values.valueDate,
          method: values.method as PaymentMethod,
          ...(note === '' ? {} : { note }),
        },
        {
          onSuccess: (result) => {
            if (result.userErrors.length > 0) {
              setFormErrors(applyUserErrors(form, result.userErrors, paymentFields, t));
              focusFirstError(element);
              return;
            }
            notify(t('cases.money.register.done'));
            onDone();
          },
        },
      );
    },
    (_errors, _values, event) => focusFirstError(event?.currentTarget),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('cases.money.register.amount', { currency })}
            required
            inputMode="decimal"
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <TextInput label={t('cases.money.register.valueDate')} type="date" required max={today} {...form.getInputProps('valueDate')} />
        </SimpleGrid>
        <Select
          label={t('cases.money.register.method')}
          required
          allowDeselect={false}
          data={paymentMethods.map((method) => ({ value: method, label: t(`cases.money.methods.${method}`) }))}
          {...form.getInputProps('method')}
        />
        <Textarea label={t('cases.money.register.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
        <FormFooter
          formErrors={formErrors}
          failed={register.isError}
          busy={register.isPending}
          submitLabel={t('cases.money.register.submit')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
