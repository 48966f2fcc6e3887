import { Badge, Button, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { CaseArrangementsQuery, CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { amountErrorKey, toDecimal } from '@/features/cases/components/case-format';
import { notify } from '@/features/cases/components/case-notify';
import { PaymentPlanForm, PaymentPlanView } from '@/features/cases/components/case-payment-plan';
import { CaseModal, CaseSection, FormFooter, applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { useCaseArrangements, useCreatePromise } from '@/features/cases/hooks/use-case-arrangements';

type PromiseRow = Extract<NonNullable<CaseArrangementsQuery['node']>, { promises?: unknown }>['promises'][number];
const promiseColor: Record<string, string> = { PENDING: 'blue', KEPT: 'teal', BROKEN: 'red', WITHDRAWN: 'gray' };

function PromiseForm({ caseId, currency, onDone }: { caseId: string; currency: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const create = useCreatePromise();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = todayIsoDate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { promisedOn: today, amount: '', note: '' },
    validate: {
      promisedOn: (value) => (value === '' ? t('common:userErrors.REQUIRED') : value < today ? t('common:userErrors.DATE_IN_PAST') : null),
      amount: (value) => {
        const key = amountErrorKey(value);
        return key ? t(key) : null;
      },
    },
  });
  const submit = form.onSubmit(
    (values, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      const note = values.note.trim();
      create.mutate(
        { caseId, promisedOn: values.promisedOn, amount: toDecimal(values.amount) ?? values.amount.trim(), ...(note === '' ? {} : { note }) },
        {
          onSuccess: (result) => {
            if (result.userErrors.length > 0) {
              setFormErrors(applyUserErrors(form, result.userErrors, { promisedOn: 'promisedOn', amount: 'amount', note: 'note' }, t));
              focusFirstError(element);
              return;
            }
            notify(t('cases.promises.created'));
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
        <TextInput label={t('cases.promises.promisedOn')} type="date" required min={today} data-autofocus {...form.getInputProps('promisedOn')} />
        <TextInput label={t('cases.promises.amount', { currency })} required inputMode="decimal" {...form.getInputProps('amount')} />
        <Textarea label={t('cases.promises.note')} autosize minRows={2} maxLength={500} {...form.getInputProps('note')} />
        <FormFooter formErrors={formErrors} failed={create.isError} busy={create.isPending} submitLabel={t('cases.promises.create')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function PromisesTable({ promises }: { promises: readonly PromiseRow[] }) {
  const { t, i18n } = useTranslation('staff');
  if (promises.length === 0) return <Text c="dimmed">{t('cases.promises.none')}</Text>;
  return (
    <Table verticalSpacing={4}>
      <Table.Caption>{t('cases.promises.title')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('cases.promises.promisedOn')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('cases.promises.promised')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('cases.promises.received')}
          </Table.Th>
          <Table.Th scope="col">{t('cases.promises.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {promises.map((promise) => (
          <Table.Tr key={promise.id}>
            <Table.Td>
              {formatDate(promise.promisedOn, i18n.language)}
              {promise.note ? (
                <Text size="xs" c="dimmed">
                  {promise.note}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td ta="right">{formatMoney(promise.amount, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatMoney(promise.paidAmount, i18n.language)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={promiseColor[promise.status]}>
                {t(`cases.promises.statuses.${promise.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Payment plan and promises to pay; shown beside the money, to those who see money. */
export function CaseArrangementsSection({ item, canEdit }: { item: CaseDetailFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation('staff');
  const arrangements = useCaseArrangements(item.id);
  const [dialog, setDialog] = useState<'plan' | 'promise' | null>(null);
  const close = () => setDialog(null);
  const open = item.status !== 'CLOSED';
  const plan = arrangements.data?.plan ?? null;
  const canPlan = canEdit && open && plan?.status !== 'ACTIVE';
  return (
    <CaseSection
      title={t('cases.plan.sectionTitle')}
      id="case-arrangements"
      action={
        canEdit && open ? (
          <Group gap="xs">
            {canPlan ? (
              <Button size="xs" variant="light" onClick={() => setDialog('plan')}>
                {t('cases.plan.new')}
              </Button>
            ) : null}
            <Button size="xs" variant="light" onClick={() => setDialog('promise')}>
              {t('cases.promises.new')}
            </Button>
          </Group>
        ) : null
      }
    >
      {arrangements.isError ? <QueryError onRetry={() => void arrangements.refetch()} /> : null}
      {arrangements.data ? (
        <>
          <Title order={3} size="h5">
            {t('cases.plan.title')}
          </Title>
          {plan ? <PaymentPlanView plan={plan} canEdit={canEdit} /> : <Text c="dimmed">{t('cases.plan.none')}</Text>}
          <Title order={3} size="h5">
            {t('cases.promises.title')}
          </Title>
          <PromisesTable promises={arrangements.data.promises} />
        </>
      ) : null}
      <CaseModal opened={dialog === 'plan'} title={t('cases.plan.newTitle', { reference: item.reference })} onClose={close}>
        <PaymentPlanForm caseId={item.id} onDone={close} />
      </CaseModal>
      <CaseModal opened={dialog === 'promise'} title={t('cases.promises.newTitle', { reference: item.reference })} onClose={close}>
        <PromiseForm caseId={item.id} currency={item.client.currency} onDone={close} />
      </CaseModal>
    </CaseSection>
  );
}
