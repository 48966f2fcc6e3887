import { Alert, Checkbox, Radio, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { todayIsoDate } from '@/lib/dates';
import type { CaseDetailFieldsFragment, PaymentMethod, PaymentSplitScheme } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { toDecimal } from '@/features/cases/components/case-format';
import { notify } from '@/features/cases/components/case-notify';
import { PaymentBasicsFields, paymentChecks, paymentFields } from '@/features/cases/components/case-payment-register';
import { FormFooter, applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { useCases } from '@/features/cases/hooks/use-cases';
import { useSplitPayment } from '@/features/cases/hooks/use-split-payment';

const schemes: readonly PaymentSplitScheme[] = ['OLDEST_CASE_FIRST', 'PRO_RATA', 'DESIGNATED'];
/** Cases a payment can still go to: not closed (the server refuses closed ones as well). */
const openStatuses = ['NEW', 'ACTIVE', 'ON_HOLD', 'PROMISE', 'PAYMENT_PLAN', 'HANDED_OVER'] as const;
const oldestFirst = { field: 'OPENED_ON', direction: 'ASC' } as const;

type Values = { debtorId: string | null; scheme: string; amount: string; valueDate: string; method: string | null; note: string; cases: string[]; parts: Record<string, string> };

/**
 * One payment from a debtor shared over several of their cases: oldest case first, pro rata to what each owes, or
 * in parts the user names (which must add up to the payment). The server does the sharing and the arithmetic.
 */
export function SplitPaymentForm({ item, onDone }: { item: CaseDetailFieldsFragment; onDone: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const split = useSplitPayment();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = todayIsoDate();
  const debtors = item.parties.filter((p) => p.role === 'DEBTOR').map((p) => p.party);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      debtorId: debtors[0]?.id ?? null,
      scheme: 'OLDEST_CASE_FIRST',
      amount: '',
      valueDate: today,
      method: 'BANK_TRANSFER',
      note: '',
      cases: [item.id],
      parts: {},
    },
    validate: {
      ...paymentChecks(t, today),
      cases: (value, values) => (values.scheme !== 'DESIGNATED' && value.length === 0 ? t('cases.money.split.chooseCases') : null),
    },
  });
  const debtorCases = useCases({ partyId: form.values.debtorId ?? '', statuses: [...openStatuses] }, oldestFirst, form.values.debtorId != null);
  const candidates = debtorCases.data?.pages.flatMap((page) => page.cases.nodes) ?? [];
  const designated = form.values.scheme === 'DESIGNATED';

  const submit = form.onSubmit(
    (values, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      const note = values.note.trim();
      const parts = Object.entries(values.parts)
        .filter(([, amount]) => amount.trim() !== '')
        .map(([caseId, amount]) => ({ caseId, amount: toDecimal(amount) ?? amount.trim() }));
      split.mutate(
        {
          scheme: values.scheme as PaymentSplitScheme,
          amount: toDecimal(values.amount) ?? values.amount.trim(),
          valueDate: values.valueDate,
          method: values.method as PaymentMethod,
          ...(designated ? { parts } : { caseIds: values.cases }),
          ...(values.debtorId ? { payerId: values.debtorId } : {}),
          ...(note === '' ? {} : { note }),
        },
        {
          onSuccess: (result) => {
            if (result.userErrors.length > 0) {
              setFormErrors(applyUserErrors(form, result.userErrors, paymentFields, t));
              focusFirstError(element);
              return;
            }
            notify(t('cases.money.split.done'));
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
        {debtors.length > 1 ? (
          <Select
            label={t('cases.money.split.debtor')}
            required
            allowDeselect={false}
            data={debtors.map((debtor) => ({ value: debtor.id, label: debtor.displayName }))}
            {...form.getInputProps('debtorId')}
          />
        ) : null}
        <Radio.Group label={t('cases.money.split.scheme')} required {...form.getInputProps('scheme')}>
          <Stack gap={4} mt={4}>
            {schemes.map((scheme) => (
              <Radio key={scheme} value={scheme} label={t(`cases.money.split.schemes.${scheme}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <PaymentBasicsFields form={form} currency={item.client.currency} today={today} />
        {debtorCases.isPending ? <InlineLoader /> : null}
        {candidates.length > 0 ? (
          <Table verticalSpacing={4}>
            <Table.Caption>{t('cases.money.split.casesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.client')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('cases.fields.openBalance')}
                </Table.Th>
                <Table.Th scope="col">{designated ? t('cases.money.split.part') : t('cases.money.split.include')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((candidate) => (
                <Table.Tr key={candidate.id}>
                  <Table.Th scope="row" fw={500}>
                    {candidate.reference}
                  </Table.Th>
                  <Table.Td>{candidate.client.name}</Table.Td>
                  <Table.Td ta="right">{candidate.openBalance ? formatMoney(candidate.openBalance, i18n.language) : '—'}</Table.Td>
                  <Table.Td>
                    {designated ? (
                      <TextInput
                        size="xs"
                        inputMode="decimal"
                        aria-label={t('cases.money.split.partFor', { reference: candidate.reference })}
                        value={form.values.parts[candidate.id] ?? ''}
                        onChange={(event) => form.setFieldValue(`parts.${candidate.id}`, event.currentTarget.value)}
                        w={140}
                      />
                    ) : (
                      <Checkbox
                        aria-label={t('cases.money.split.includeCase', { reference: candidate.reference })}
                        checked={form.values.cases.includes(candidate.id)}
                        onChange={(event) =>
                          form.setFieldValue(
                            'cases',
                            event.currentTarget.checked
                              ? [...form.values.cases, candidate.id]
                              : form.values.cases.filter((id) => id !== candidate.id),
                          )
                        }
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {form.errors.cases ? (
          <Alert color="red" role="alert">
            {form.errors.cases}
          </Alert>
        ) : null}
        {debtorCases.data && candidates.length === 0 ? <Text c="dimmed">{t('cases.money.split.noCases')}</Text> : null}
        <Textarea label={t('cases.money.register.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
        <FormFooter formErrors={formErrors} failed={split.isError} busy={split.isPending} submitLabel={t('cases.money.split.submit')} onCancel={onDone} />
      </Stack>
    </form>
  );
}
