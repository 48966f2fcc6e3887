import { Badge, Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { CaseArrangementsQuery, PaymentPlanFrequency, PaymentPlanPreviewQuery } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { toDecimal } from '@/features/cases/components/case-format';
import { notify } from '@/features/cases/components/case-notify';
import { CaseModal, FormFooter, applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { useCancelPaymentPlan, useCreatePaymentPlan, usePreviewPaymentPlan } from '@/features/cases/hooks/use-case-arrangements';

type Arrangements = Extract<NonNullable<CaseArrangementsQuery['node']>, { promises?: unknown }>;
type Plan = NonNullable<Arrangements['paymentPlan']>;
type Preview = NonNullable<PaymentPlanPreviewQuery['paymentPlanPreview']['preview']>;

const frequencies: readonly PaymentPlanFrequency[] = ['WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY', 'QUARTERLY'];
const statusColor: Record<string, string> = { OPEN: 'blue', PAID: 'teal', LATE: 'yellow', MISSED: 'red' };
const planFields = {
  instalmentCount: 'instalmentCount',
  instalmentAmount: 'instalmentAmount',
  frequency: 'frequency',
  firstDueOn: 'firstDueOn',
  downPayment: 'downPayment',
  openBalance: 'instalmentCount',
};

type ScheduleLine = { number: number; kind: string; dueOn: string; amount: { amount: string; currency: string }; status?: string };

/** A schedule: previewed (no status) or agreed (with each instalment's status). */
export function ScheduleTable({ lines, caption }: { lines: readonly ScheduleLine[]; caption: string }) {
  const { t, i18n } = useTranslation('staff');
  const withStatus = lines.some((line) => line.status !== undefined);
  return (
    <Table verticalSpacing={4} striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('cases.plan.number')}</Table.Th>
          <Table.Th scope="col">{t('cases.plan.dueOn')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('cases.plan.amount')}
          </Table.Th>
          {withStatus ? <Table.Th scope="col">{t('cases.plan.status')}</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={`${line.kind}-${line.number}`}>
            <Table.Td>{line.kind === 'INSTALMENT' ? line.number : t(`cases.plan.kinds.${line.kind}`)}</Table.Td>
            <Table.Td>{formatDate(line.dueOn, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatMoney(line.amount, i18n.language)}</Table.Td>
            {withStatus && line.status ? (
              <Table.Td>
                <Badge variant="light" color={statusColor[line.status]}>
                  {t(`cases.plan.instalmentStatuses.${line.status}`)}
                </Badge>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type PlanValues = { instalmentCount: number | string; instalmentAmount: string; frequency: string | null; firstDueOn: string; downPayment: string };

/** Ask for a schedule, look at it, then agree it: the plan is created exactly as previewed (same open balance). */
export function PaymentPlanForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const previewing = usePreviewPaymentPlan();
  const create = useCreatePaymentPlan();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = todayIsoDate();
  const form = useForm<PlanValues>({
    mode: 'controlled',
    initialValues: { instalmentCount: 6, instalmentAmount: '', frequency: 'MONTHLY', firstDueOn: today, downPayment: '' },
    validate: {
      instalmentCount: (value, values) =>
        value === '' && values.instalmentAmount.trim() === '' ? t('cases.plan.errors.countOrAmount') : null,
      instalmentAmount: (value) => (value.trim() !== '' && toDecimal(value) === null ? t('cases.claims.errors.amountFormat') : null),
      downPayment: (value) => (value.trim() !== '' && toDecimal(value) === null ? t('cases.claims.errors.amountFormat') : null),
      firstDueOn: (value) => (value === '' ? t('common:userErrors.REQUIRED') : null),
      frequency: (value) => (value ? null : t('common:userErrors.REQUIRED')),
    },
    onValuesChange: () => setPreview(null),
  });
  const toInput = (values: PlanValues) => ({
    caseId,
    frequency: values.frequency as PaymentPlanFrequency,
    firstDueOn: values.firstDueOn,
    ...(values.instalmentCount === '' ? {} : { instalmentCount: Number(values.instalmentCount) }),
    ...(values.instalmentAmount.trim() === '' ? {} : { instalmentAmount: toDecimal(values.instalmentAmount) ?? '' }),
    ...(values.downPayment.trim() === '' ? {} : { downPayment: toDecimal(values.downPayment) ?? '' }),
  });
  const refused = (errors: Parameters<typeof applyUserErrors>[1], element: EventTarget | null | undefined) => {
    setFormErrors(applyUserErrors(form, errors, planFields, t));
    focusFirstError(element);
  };
  const submit = form.onSubmit(
    (values, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      if (!preview) {
        previewing.mutate(toInput(values), {
          onSuccess: (result) => {
            if (result.userErrors.length > 0 || !result.preview) refused(result.userErrors, element);
            else setPreview(result.preview);
          },
        });
        return;
      }
      create.mutate(
        { ...toInput(values), openBalance: preview.openBalance.amount },
        {
          onSuccess: (result) => {
            if (result.userErrors.length > 0) {
              setPreview(null);
              refused(result.userErrors, element);
              return;
            }
            notify(t('cases.plan.created'));
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
          <NumberInput label={t('cases.plan.instalmentCount')} min={1} max={240} allowDecimal={false} data-autofocus {...form.getInputProps('instalmentCount')} />
          <TextInput label={t('cases.plan.instalmentAmount')} inputMode="decimal" {...form.getInputProps('instalmentAmount')} />
          <Select
            label={t('cases.plan.frequency')}
            required
            allowDeselect={false}
            data={frequencies.map((value) => ({ value, label: t(`cases.plan.frequencies.${value}`) }))}
            {...form.getInputProps('frequency')}
          />
          <TextInput label={t('cases.plan.firstDueOn')} type="date" required min={today} {...form.getInputProps('firstDueOn')} />
          <TextInput label={t('cases.plan.downPayment')} inputMode="decimal" {...form.getInputProps('downPayment')} />
        </SimpleGrid>
        {preview ? (
          <Stack gap="xs" aria-live="polite">
            <Text>
              {t('cases.plan.previewSummary', {
                open: formatMoney(preview.openBalance, i18n.language),
                total: formatMoney(preview.total, i18n.language),
                interest: t(`cases.plan.interestDuringPlan.${preview.interestDuringPlan}`),
              })}
            </Text>
            <ScheduleTable lines={preview.instalments} caption={t('cases.plan.previewCaption')} />
          </Stack>
        ) : null}
        <FormFooter
          formErrors={formErrors}
          failed={previewing.isError || create.isError}
          busy={previewing.isPending || create.isPending}
          submitLabel={preview ? t('cases.plan.create') : t('cases.plan.preview')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

function CancelPlanForm({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const cancel = useCancelPaymentPlan();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });
  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    cancel.mutate(
      { paymentPlanId: plan.id, reason: values.reason.trim() },
      {
        onSuccess: (result) => {
          if (result.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, result.userErrors, ['reason'], t));
            return;
          }
          notify(t('cases.plan.cancelled'));
          onDone();
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea label={t('cases.plan.cancelReason')} required autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
        <FormFooter formErrors={formErrors} failed={cancel.isError} busy={cancel.isPending} submitLabel={t('cases.plan.cancel')} onCancel={onDone} danger />
      </Stack>
    </form>
  );
}

/** Offers a CSV text the server made as a file download (the server writes it; the browser only saves it). */
function downloadCsv(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** The plan (running, else the latest) with each instalment's state and its schedule as CSV; a running plan may be called off. */
export function PaymentPlanView({ plan, canEdit }: { plan: Plan; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const [cancelling, setCancelling] = useState(false);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text fw={500}>{t('cases.plan.summary', { frequency: t(`cases.plan.frequencies.${plan.frequency}`), date: formatDate(plan.startsOn, i18n.language) })}</Text>
        <Badge variant="light">{t(`cases.plan.statuses.${plan.status}`)}</Badge>
        <Button size="xs" variant="subtle" onClick={() => downloadCsv(plan.scheduleCsv, `payment-plan-${plan.startsOn}.csv`)}>
          {t('cases.plan.downloadCsv')}
        </Button>
        {plan.status === 'ACTIVE' && canEdit ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(true)}>
            {t('cases.plan.cancel')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm">
        {t('cases.plan.progress', {
          paid: formatMoney(plan.paidAmount, i18n.language),
          covered: formatMoney(plan.coveredAmount, i18n.language),
          missed: plan.missedCount,
        })}
      </Text>
      {plan.endReason ? <Text size="sm">{t('cases.plan.endReason', { reason: plan.endReason })}</Text> : null}
      <ScheduleTable lines={plan.instalments} caption={t('cases.plan.scheduleCaption')} />
      <CaseModal opened={cancelling} title={t('cases.plan.cancelTitle')} onClose={() => setCancelling(false)}>
        <CancelPlanForm plan={plan} onDone={() => setCancelling(false)} />
      </CaseModal>
    </Stack>
  );
}
