import { Alert, Badge, Button, Group, List, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { GraphQLRequestError } from '@/lib/graphql-client';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { CaseDetailFieldsFragment, CaseStatutoryCostsQuery, ReminderChannel, ReminderKind } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { notify } from '@/features/cases/components/case-notify';
import { CaseModal, CaseSection, FormFooter, applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { useCaseReminders, useChargeStatutoryCosts, useRecordReminder, useStatutoryCosts } from '@/features/cases/hooks/use-case-costs';

type StatutoryCosts = NonNullable<CaseStatutoryCostsQuery['caseStatutoryCosts']>;

/** The reminders the law of a jurisdiction attaches costs to (ReminderKind); other jurisdictions have none. */
const remindersOf: Record<string, readonly ReminderKind[]> = { NL: ['NL_FOURTEEN_DAY_LETTER'], BE: ['BE_FIRST_REMINDER'] };
const channels: readonly ReminderChannel[] = ['POST', 'EMAIL'];

function ReminderForm({ caseId, kinds, onDone }: { caseId: string; kinds: readonly ReminderKind[]; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const record = useRecordReminder();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = todayIsoDate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { kind: kinds[0] as string | null, sentOn: today, receivedOn: '', channel: 'POST' as string | null },
    validate: {
      sentOn: (value) => (value === '' ? t('common:userErrors.REQUIRED') : value > today ? t('common:userErrors.DATE_IN_FUTURE') : null),
      receivedOn: (value, values) => {
        // art. 6:96(6) BW: the Dutch term runs from the day after receipt, so the letter needs that day
        if (value === '') return values.kind === 'NL_FOURTEEN_DAY_LETTER' ? t('common:userErrors.REQUIRED') : null;
        if (value > today) return t('common:userErrors.DATE_IN_FUTURE');
        return value < values.sentOn ? t('cases.costs.reminders.receivedBeforeSent') : null;
      },
    },
  });
  const submit = form.onSubmit(
    (values, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      record.mutate(
        {
          caseId,
          kind: values.kind as ReminderKind,
          sentOn: values.sentOn,
          channel: values.channel as ReminderChannel,
          ...(values.receivedOn === '' ? {} : { receivedOn: values.receivedOn }),
        },
        {
          onSuccess: (result) => {
            if (result.userErrors.length > 0) {
              setFormErrors(applyUserErrors(form, result.userErrors, ['kind', 'sentOn', 'receivedOn', 'channel'], t));
              focusFirstError(element);
              return;
            }
            notify(t('cases.costs.reminders.recorded'));
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
        <Select
          label={t('cases.costs.reminders.kind')}
          required
          allowDeselect={false}
          data={kinds.map((kind) => ({ value: kind, label: t(`cases.costs.reminders.kinds.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('cases.costs.reminders.sentOn')} type="date" required max={today} data-autofocus {...form.getInputProps('sentOn')} />
          <TextInput
            label={t('cases.costs.reminders.receivedOn')}
            type="date"
            required={form.values.kind === 'NL_FOURTEEN_DAY_LETTER'}
            max={today}
            {...form.getInputProps('receivedOn')}
          />
        </SimpleGrid>
        <Select
          label={t('cases.costs.reminders.channel')}
          required
          allowDeselect={false}
          data={channels.map((channel) => ({ value: channel, label: t(`cases.costs.reminders.channels.${channel}`) }))}
          {...form.getInputProps('channel')}
        />
        <FormFooter
          formErrors={formErrors}
          failed={record.isError}
          busy={record.isPending}
          submitLabel={t('cases.costs.reminders.record')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

function CostsState({ costs }: { costs: StatutoryCosts }) {
  const { t, i18n } = useTranslation('staff');
  if (costs.isCharged) return <Badge color="teal" variant="light">{t('cases.costs.charged')}</Badge>;
  if (costs.isChargeable) return <Badge color="blue" variant="light">{t('cases.costs.chargeableNow')}</Badge>;
  return (
    <Badge color="gray" variant="light">
      {costs.chargeableFrom
        ? t('cases.costs.chargeableFrom', { date: formatDate(costs.chargeableFrom, i18n.language) })
        : t('cases.costs.notChargeable')}
    </Badge>
  );
}

function StatutoryCostsView({ costs }: { costs: StatutoryCosts }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text fw={500}>
          {t('cases.costs.total', { amount: formatMoney(costs.total, i18n.language), date: formatDate(costs.assessedOn, i18n.language) })}
        </Text>
        <CostsState costs={costs} />
      </Group>
      {costs.costs.map((cost) => (
        <Stack key={cost.claim.id} gap={4}>
          <Text size="sm">
            {t('cases.costs.onClaim', { invoice: cost.claim.invoiceNumber, amount: formatMoney(cost.amount, i18n.language) })}{' '}
            <Text span fw={500}>
              {cost.rule}
            </Text>{' '}
            <Text span c="dimmed">
              ({cost.citation})
            </Text>
          </Text>
          {cost.cappedBy ? (
            <Text size="sm" c="orange.9">
              {t('cases.costs.cappedBy', { rule: cost.cappedBy, citation: cost.cappedByCitation ?? '' })}
            </Text>
          ) : null}
          <Table verticalSpacing={2} maw={640}>
            <Table.Caption>{t('cases.costs.linesCaption', { invoice: cost.claim.invoiceNumber })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.costs.line')}</Table.Th>
                <Table.Th scope="col">{t('cases.costs.rule')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('cases.costs.amount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cost.lines.map((line) => (
                <Table.Tr key={`${line.rule}-${line.description}`}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td>{line.rule}</Table.Td>
                  <Table.Td ta="right">{formatMoney(line.amount, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {cost.explanation.length > 0 ? (
            <details>
              <summary>{t('cases.costs.howComputed')}</summary>
              <List size="sm" spacing={2}>
                {cost.explanation.map((step) => (
                  <List.Item key={step}>{step}</List.Item>
                ))}
              </List>
            </details>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * Reminders with legal effect (the Dutch 14-day letter, the Belgian free first reminder) and the statutory
 * collection costs they make chargeable, with the rule, its source and any legal cap; the costs are put on the
 * ledger once, by hand, when the law allows it. Shown to those who see money; every amount comes from the server.
 */
export function CaseCostsSection({ item, canEdit }: { item: CaseDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const reminders = useCaseReminders(item.id);
  const costs = useStatutoryCosts(item.id);
  const charge = useChargeStatutoryCosts();
  const [recording, setRecording] = useState(false);
  const kinds = remindersOf[item.client.jurisdiction] ?? [];
  const open = item.status !== 'CLOSED';
  if (costs.isPending) return null;
  const statutory = costs.data ?? null;
  if (!costs.isError && !statutory) return null; // not allowed to see money
  const costsProblem = costs.error instanceof GraphQLRequestError ? costs.error.errors[0]?.message : undefined;
  const chargeNow = () =>
    charge.mutate(item.id, {
      onSuccess: (result) => {
        const refused = result.userErrors[0];
        if (refused) notify(t(`common:userErrors.${refused.code}`, { defaultValue: refused.message }), 'red');
        else notify(t('cases.costs.chargedNow'));
      },
    });
  return (
    <CaseSection
      title={t('cases.costs.title')}
      id="case-costs"
      action={
        canEdit && open ? (
          <Group gap="xs">
            {kinds.length > 0 ? (
              <Button size="xs" variant="light" onClick={() => setRecording(true)}>
                {t('cases.costs.reminders.new')}
              </Button>
            ) : null}
            {statutory?.isChargeable && !statutory.isCharged ? (
              <Button size="xs" onClick={chargeNow} loading={charge.isPending}>
                {t('cases.costs.charge', { amount: formatMoney(statutory.total, i18n.language) })}
              </Button>
            ) : null}
          </Group>
        ) : null
      }
    >
      {reminders.isError ? <QueryError onRetry={() => void reminders.refetch()} /> : null}
      {charge.isError ? (
        <Alert color="red" role="alert">
          {t('common:status.saveFailed')}
        </Alert>
      ) : null}
      <Title order={3} size="h5">
        {t('cases.costs.reminders.title')}
      </Title>
      {reminders.data && reminders.data.length > 0 ? (
        <Table verticalSpacing={4}>
          <Table.Caption>{t('cases.costs.reminders.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.costs.reminders.kind')}</Table.Th>
              <Table.Th scope="col">{t('cases.costs.reminders.sentOn')}</Table.Th>
              <Table.Th scope="col">{t('cases.costs.reminders.receivedOn')}</Table.Th>
              <Table.Th scope="col">{t('cases.costs.reminders.channel')}</Table.Th>
              <Table.Th scope="col">{t('cases.costs.reminders.recordedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reminders.data.map((reminder) => (
              <Table.Tr key={reminder.id}>
                <Table.Td>{t(`cases.costs.reminders.kinds.${reminder.kind}`)}</Table.Td>
                <Table.Td>{formatDate(reminder.sentOn, i18n.language)}</Table.Td>
                <Table.Td>{reminder.receivedOn ? formatDate(reminder.receivedOn, i18n.language) : '—'}</Table.Td>
                <Table.Td>{t(`cases.costs.reminders.channels.${reminder.channel}`)}</Table.Td>
                <Table.Td>{reminder.recordedBy}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed">{t('cases.costs.reminders.none')}</Text>
      )}
      <Title order={3} size="h5">
        {t('cases.costs.statutoryTitle')}
      </Title>
      {statutory ? <StatutoryCostsView costs={statutory} /> : null}
      {costs.isError ? (
        <Alert color="orange" title={t('cases.costs.notAssessed')}>
          {costsProblem ?? t('common:status.loadFailed')}
        </Alert>
      ) : null}
      <CaseModal opened={recording} title={t('cases.costs.reminders.newTitle', { reference: item.reference })} onClose={() => setRecording(false)}>
        <ReminderForm caseId={item.id} kinds={kinds} onDone={() => setRecording(false)} />
      </CaseModal>
    </CaseSection>
  );
}
