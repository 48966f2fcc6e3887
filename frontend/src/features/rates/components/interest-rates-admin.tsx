import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDate, formatDateTime } from '@/lib/dates';
import type { InterestRateTableFieldsFragment, StatutoryRate } from '@/lib/graphql-types';
import { EntryHistoryTable } from '@/features/rates/components/entry-history-table';
import { InterestPreviewForm } from '@/features/rates/components/interest-preview-form';
import { type PeriodFormMode, RatePeriodFormModal } from '@/features/rates/components/rate-period-form-modal';
import { formatPercent, formatRate, statutoryRates } from '@/features/rates/components/rate-format';
import { RateStepChart } from '@/features/rates/components/rate-step-chart';
import { WithdrawModal } from '@/features/rates/components/withdraw-modal';
import { useInterestRateTable } from '@/features/rates/hooks/use-interest-rate-table';
import { useWithdrawInterestRatePeriod } from '@/features/rates/hooks/use-withdraw-interest-rate-period';

type Period = InterestRateTableFieldsFragment['periods'][number];
type Withdrawing = { entryId: string; validFrom: string };

function StatusBadges({ origin, isConfirmed }: { origin: Period['origin']; isConfirmed: boolean }) {
  const { t } = useTranslation('staff');
  return (
    <Group gap={4} wrap="nowrap">
      {!isConfirmed ? (
        <Badge color="orange" variant="light">
          {t('rates.status.unconfirmed')}
        </Badge>
      ) : null}
      <Badge color={origin === 'ADMIN' ? 'vorda' : 'gray'} variant="light">
        {t(`rates.origins.${origin}`)}
      </Badge>
    </Group>
  );
}

function PeriodsTable({ table, onEdit, onWithdraw }: { table: InterestRateTableFieldsFragment; onEdit: (mode: PeriodFormMode) => void; onWithdraw: (w: Withdrawing) => void }) {
  const { t, i18n } = useTranslation('staff');
  const tableName = t(`rates.statutoryRates.${table.rate}`);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{t('rates.periods.caption', { table: tableName })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rates.fields.validFrom')}</Table.Th>
            <Table.Th scope="col">{t('rates.fields.annualRatePercent')}</Table.Th>
            <Table.Th scope="col">{t('rates.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('rates.fields.source')}</Table.Th>
            <Table.Th scope="col">{t('rates.fields.enteredBy')}</Table.Th>
            {table.isEditable ? (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('rates.periods.actions')}</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.periods.map((period) => {
            const date = formatDate(period.validFrom, i18n.language);
            const entry = period.entry;
            return (
              <Table.Tr key={period.validFrom}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
                  {date}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatPercent(period.annualRatePercent, i18n.language)}
                  {period.replacesShipped ? (
                    <Text size="xs" c="dimmed">
                      {t('rates.periods.replaces', { rate: formatPercent(period.replacesShipped.annualRatePercent, i18n.language) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <StatusBadges origin={period.origin} isConfirmed={period.isConfirmed} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {period.source}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {entry ? (
                    <Text size="sm">
                      {entry.enteredBy}
                      <br />
                      <Text span size="xs" c="dimmed">
                        {formatDateTime(entry.enteredAt, i18n.language)}
                      </Text>
                    </Text>
                  ) : null}
                </Table.Td>
                {table.isEditable ? (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('rates.periods.menu', { date })}>
                          <span aria-hidden="true">⋯</span>
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {entry ? (
                          <>
                            <Menu.Item
                              onClick={() =>
                                onEdit({
                                  kind: 'correct',
                                  rate: table.rate,
                                  entryId: entry.id,
                                  validFrom: period.validFrom,
                                  annualRatePercent: period.annualRatePercent,
                                  publishedThrough: entry.publishedThrough ?? null,
                                  isConfirmed: period.isConfirmed,
                                  source: period.source,
                                })
                              }
                            >
                              {t('rates.periods.correct')}
                            </Menu.Item>
                            <Menu.Item color="red" onClick={() => onWithdraw({ entryId: entry.id, validFrom: period.validFrom })}>
                              {t('rates.periods.withdraw')}
                            </Menu.Item>
                          </>
                        ) : (
                          <Menu.Item
                            onClick={() =>
                              onEdit({ kind: 'replace', rate: table.rate, validFrom: period.validFrom, annualRatePercent: period.annualRatePercent })
                            }
                          >
                            {t('rates.periods.replace')}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ChangesTable({ table }: { table: InterestRateTableFieldsFragment }) {
  const { t, i18n } = useTranslation('staff');
  if (table.changes.length === 0) return <Text c="dimmed">{t('rates.changes.empty')}</Text>;
  return (
    <EntryHistoryTable
      caption={t('rates.changes.caption')}
      valueLabel={t('rates.fields.annualRatePercent')}
      entries={table.changes.map((change) => ({
        ...change,
        value: change.annualRatePercent ? formatPercent(change.annualRatePercent, i18n.language) : null,
      }))}
    />
  );
}

/** Administration → Interest rates: a table's rows, its rate over time, the changes made to it, and a calculator. */
export function InterestRatesAdmin() {
  const { t, i18n } = useTranslation('staff');
  const [rate, setRate] = useState<StatutoryRate>('NL_STATUTORY');
  const [editing, setEditing] = useState<PeriodFormMode | null>(null);
  const [withdrawing, setWithdrawing] = useState<Withdrawing | null>(null);
  const table = useInterestRateTable(rate);
  const withdraw = useWithdrawInterestRatePeriod();
  const data = table.data;
  const tableName = t(`rates.statutoryRates.${rate}`);

  return (
    <Stack gap="lg">
      <Select
        label={t('rates.fields.table')}
        data={statutoryRates.map((value) => ({ value, label: t(`rates.statutoryRates.${value}`) }))}
        value={rate}
        allowDeselect={false}
        searchable
        onChange={(value) => value && setRate(value as StatutoryRate)}
        maw={420}
      />
      {table.isError ? <QueryError onRetry={() => void table.refetch()} /> : null}
      {table.isPending ? <InlineLoader /> : null}
      {data ? (
        <>
          <section aria-labelledby="rate-periods-heading">
            <Stack gap="sm">
              <Group justify="space-between" align="flex-end">
                <div>
                  <Title order={2} size="h3" id="rate-periods-heading">
                    {t('rates.periods.title', { table: tableName })}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('rates.periods.known', {
                      first: formatDate(data.firstDate, i18n.language),
                      through: formatDate(data.publishedThrough, i18n.language),
                    })}
                  </Text>
                  {data.derivedFrom ? (
                    <Text size="sm">
                      {t('rates.periods.derived', {
                        reference: t(`rates.statutoryRates.${data.derivedFrom}`),
                        points: formatRate(data.pointsAbove, i18n.language),
                      })}
                    </Text>
                  ) : null}
                </div>
                {data.isEditable ? <Button onClick={() => setEditing({ kind: 'add', rate })}>{t('rates.periods.add')}</Button> : null}
              </Group>
              <RateStepChart rows={data.periods} publishedThrough={data.publishedThrough} title={t('rates.chart.title', { table: tableName })} />
              <PeriodsTable table={data} onEdit={setEditing} onWithdraw={setWithdrawing} />
            </Stack>
          </section>
          {data.isEditable ? (
            <section aria-labelledby="rate-changes-heading">
              <Stack gap="sm">
                <Title order={2} size="h3" id="rate-changes-heading">
                  {t('rates.changes.title')}
                </Title>
                <ChangesTable table={data} />
              </Stack>
            </section>
          ) : null}
        </>
      ) : null}
      <section aria-labelledby="rate-preview-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="rate-preview-heading">
            {t('rates.preview.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('rates.preview.description')}
          </Text>
          <InterestPreviewForm key={rate} rate={rate} />
        </Stack>
      </section>

      <RatePeriodFormModal mode={editing} tableName={tableName} onClose={() => setEditing(null)} />
      <WithdrawModal
        opened={withdrawing !== null}
        title={t('rates.withdraw.periodTitle')}
        text={t('rates.withdraw.periodText', {
          table: tableName,
          date: withdrawing ? formatDate(withdrawing.validFrom, i18n.language) : '',
        })}
        busy={withdraw.isPending}
        onClose={() => setWithdrawing(null)}
        onWithdraw={async (reason) => {
          if (!withdrawing) return [];
          const payload = await withdraw.mutateAsync({ entryId: withdrawing.entryId, reason });
          if (payload.userErrors.length === 0) notifications.show({ color: 'teal', message: t('rates.withdraw.done') });
          return payload.userErrors;
        }}
      />
    </Stack>
  );
}
