import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
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

type PaymentBasics = { amount: string; valueDate: string; method: string | null };

/** The checks every payment form makes before sending: an amount, a value date of today or earlier, a method. */
export function paymentChecks(t: (key: string) => string, today: string) {
  return {
    amount: (value: string) => {
      const key = amountErrorKey(value);
      return key ? t(key) : null;
    },
    valueDate: (value: string) => {
      if (value === '') return t('common:userErrors.REQUIRED');
      return value > today ? t('common:userErrors.DATE_IN_FUTURE') : null;
    },
    method: (value: string | null) => (value ? null : t('common:userErrors.REQUIRED')),
  };
}

/** Amount, value date and method: the fields every payment form starts with. */
export function PaymentBasicsFields<V extends PaymentBasics>({ form, currency, today }: { form: UseFormReturnType<V>; currency: string; today: string }) {
  const { t } = useTranslation('staff');
  const input = (path: keyof PaymentBasics) => form.getInputProps(path as Parameters<typeof form.getInputProps>[0]);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('cases.money.register.amount', { currency })} required inputMode="decimal" data-autofocus {...input('amount')} />
        <TextInput label={t('cases.money.register.valueDate')} type="date" required max={today} {...input('valueDate')} />
      </SimpleGrid>
      <Select
        label={t('cases.money.register.method')}
        required
        allowDeselect={false}
        data={paymentMethods.map((method) => ({ value: method, label: t(`cases.money.methods.${method}`) }))}
        {...input('method')}
      />
    </>
  );
}

/** A payment received on the case: amount, value date, method and a note; the server allocates it. */
export function RegisterPaymentForm({ caseId, currency, onDone }: { caseId: string; currency: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const register = useRegisterPayment();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = todayIsoDate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: '', valueDate: today, method: 'BANK_TRANSFER' as string | null, note: '' },
    validate: paymentChecks(t, today),
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
        <PaymentBasicsFields form={form} currency={currency} today={today} />
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
