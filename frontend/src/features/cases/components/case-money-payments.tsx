import { Button, List, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import type { CaseMoneyQuery } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { notify } from '@/features/cases/components/case-notify';
import { CaseModal, FormFooter, applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { useReversePayment } from '@/features/cases/hooks/use-reverse-payment';

type CaseMoney = NonNullable<Extract<NonNullable<CaseMoneyQuery['node']>, { money?: unknown }>['money']>;
type AppliedPayment = CaseMoney['payments'][number];

function ReverseForm({ payment, onDone }: { payment: AppliedPayment; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const reverse = useReversePayment();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });
  const submit = form.onSubmit(
    (values, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      reverse.mutate(
        { paymentId: payment.payment.id, reason: values.reason.trim() },
        {
          onSuccess: (result) => {
            if (result.userErrors.length > 0) {
              setFormErrors(applyUserErrors(form, result.userErrors, ['reason'], t));
              focusFirstError(element);
              return;
            }
            notify(t('cases.money.reverse.done'));
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
        <Text>{t('cases.money.reverse.explain')}</Text>
        <Textarea label={t('cases.money.reverse.reason')} required autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
        <FormFooter
          formErrors={formErrors}
          failed={reverse.isError}
          busy={reverse.isPending}
          submitLabel={t('cases.money.reverse.confirm')}
          onCancel={onDone}
          danger
        />
      </Stack>
    </form>
  );
}

/** Payments up to the day, each with what it settled; supervisors may reverse one. */
export function PaymentsTable({ payments, canReverse }: { payments: readonly AppliedPayment[]; canReverse: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const [reversing, setReversing] = useState<AppliedPayment | null>(null);
  const money = (value: { amount: string; currency: string }) => formatMoney(value, i18n.language);
  if (payments.length === 0) return <Text c="dimmed">{t('cases.money.payments.none')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={4}>
          <Table.Caption>{t('cases.money.payments.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.money.payments.valueDate')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('cases.money.payments.amount')}
              </Table.Th>
              <Table.Th scope="col">{t('cases.money.payments.method')}</Table.Th>
              <Table.Th scope="col">{t('cases.money.payments.allocations')}</Table.Th>
              {canReverse ? <Table.Th scope="col">{t('cases.money.payments.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payments.map((payment) => (
              <Table.Tr key={payment.payment.id}>
                <Table.Td>{formatDate(payment.valueDate, i18n.language)}</Table.Td>
                <Table.Td ta="right">{money(payment.amount)}</Table.Td>
                <Table.Td>
                  {t(`cases.money.methods.${payment.payment.method}`)}
                  {payment.payment.note ? (
                    <Text size="xs" c="dimmed">
                      {payment.payment.note}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {payment.isReversed ? (
                    <Text size="sm" fw={500}>
                      {t('cases.money.reversed')}
                    </Text>
                  ) : (
                    <List size="sm" listStyleType="none">
                      {payment.allocations.map((allocation) => (
                        <List.Item key={`${allocation.claim.id}-${allocation.component}`}>
                          {t('cases.money.payments.allocation', {
                            invoice: allocation.claim.invoiceNumber,
                            component: t(`cases.money.components.${allocation.component}`),
                            amount: money(allocation.amount),
                          })}
                        </List.Item>
                      ))}
                      {/^0+(\.0+)?$/.test(payment.credit.amount) ? null : (
                        <List.Item>{t('cases.money.payments.credit', { amount: money(payment.credit) })}</List.Item>
                      )}
                    </List>
                  )}
                </Table.Td>
                {canReverse ? (
                  <Table.Td>
                    {payment.isReversed ? null : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setReversing(payment)}
                        aria-label={t('cases.money.reverse.buttonFor', {
                          amount: money(payment.amount),
                          date: formatDate(payment.valueDate, i18n.language),
                        })}
                      >
                        {t('cases.money.reverse.button')}
                      </Button>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CaseModal opened={reversing !== null} title={t('cases.money.reverse.title')} onClose={() => setReversing(null)}>
        {reversing ? <ReverseForm payment={reversing} onDone={() => setReversing(null)} /> : null}
      </CaseModal>
    </>
  );
}
