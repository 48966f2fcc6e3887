import { ActionIcon, Badge, Button, Group, Menu, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDate, formatDateTime } from '@/lib/dates';
import type { ExchangeRateFieldsFragment, ExchangeRatesQuery } from '@/lib/graphql-types';
import { EntryHistoryTable } from '@/features/rates/components/entry-history-table';
import { ExchangeRateFormModal } from '@/features/rates/components/exchange-rate-form-modal';
import { commonCurrencies, formatRate } from '@/features/rates/components/rate-format';
import { WithdrawModal } from '@/features/rates/components/withdraw-modal';
import { useExchangeRates } from '@/features/rates/hooks/use-exchange-rates';
import { useWithdrawExchangeRate } from '@/features/rates/hooks/use-withdraw-exchange-rate';

type Row = ExchangeRatesQuery['exchangeRates']['nodes'][number];

function RateStatus({ kind, isConfirmed }: { kind: Row['kind']; isConfirmed: boolean }) {
  const { t } = useTranslation('staff');
  if (kind === 'WITHDRAWN') {
    return (
      <Badge color="gray" variant="outline">
        {t('rates.kinds.WITHDRAWN')}
      </Badge>
    );
  }
  return isConfirmed ? null : (
    <Badge color="orange" variant="light">
      {t('rates.status.unconfirmed')}
    </Badge>
  );
}

function HistoryModal({ row, onClose }: { row: Row | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const pair = row ? `${row.baseCurrency}/${row.quoteCurrency}` : '';
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      opened={row !== null}
      onClose={onClose}
      title={row ? t('rates.exchange.history.title', { pair, date: formatDate(row.rateDate, i18n.language) }) : ''}
      size="lg"
      centered
    >
      {row ? (
        <EntryHistoryTable
          caption={t('rates.exchange.history.caption')}
          valueLabel={t('rates.exchange.fields.rate')}
          entries={row.history.map((entry) => ({ ...entry, value: entry.rate ? formatRate(entry.rate, i18n.language) : null }))}
        />
      ) : null}
    </Modal>
  );
}

/** Administration → Exchange rates: the official rates entered (e.g. NBP EUR/PLN), newest day first. */
export function ExchangeRatesAdmin() {
  const { t, i18n } = useTranslation('staff');
  const [base, setBase] = useState<string | null>(null);
  const [quote, setQuote] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [correcting, setCorrecting] = useState<ExchangeRateFieldsFragment | null>(null);
  const [viewing, setViewing] = useState<Row | null>(null);
  const [withdrawing, setWithdrawing] = useState<Row | null>(null);
  const rates = useExchangeRates({ ...(base ? { baseCurrency: base } : {}), ...(quote ? { quoteCurrency: quote } : {}) });
  const withdraw = useWithdrawExchangeRate();
  const rows = rates.data?.pages.flatMap((page) => page.exchangeRates.nodes) ?? [];
  const total = rates.data?.pages.at(-1)?.exchangeRates.totalCount ?? 0;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group>
          <Select
            label={t('rates.exchange.fields.baseCurrency')}
            placeholder={t('rates.exchange.filters.any')}
            data={[...commonCurrencies]}
            clearable
            searchable
            value={base}
            onChange={setBase}
            w={160}
          />
          <Select
            label={t('rates.exchange.fields.quoteCurrency')}
            placeholder={t('rates.exchange.filters.any')}
            data={[...commonCurrencies]}
            clearable
            searchable
            value={quote}
            onChange={setQuote}
            w={160}
          />
        </Group>
        <Button
          onClick={() => {
            setCorrecting(null);
            setFormOpen(true);
          }}
        >
          {t('rates.exchange.add')}
        </Button>
      </Group>
      {rates.isError ? <QueryError onRetry={() => void rates.refetch()} /> : null}
      {rates.isPending ? <InlineLoader /> : null}
      {rates.data ? (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>{t('rates.exchange.caption', { shown: rows.length, total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rates.exchange.fields.rateDate')}</Table.Th>
                <Table.Th scope="col">{t('rates.exchange.fields.pair')}</Table.Th>
                <Table.Th scope="col">{t('rates.exchange.fields.rate')}</Table.Th>
                <Table.Th scope="col">{t('rates.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('rates.fields.source')}</Table.Th>
                <Table.Th scope="col">{t('rates.fields.enteredBy')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('rates.periods.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed">{t('rates.exchange.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((row) => {
                  const pair = `${row.baseCurrency}/${row.quoteCurrency}`;
                  const date = formatDate(row.rateDate, i18n.language);
                  return (
                    <Table.Tr key={row.id}>
                      <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
                        {date}
                      </Table.Th>
                      <Table.Td>{pair}</Table.Td>
                      <Table.Td>{row.rate ? formatRate(row.rate, i18n.language) : '—'}</Table.Td>
                      <Table.Td>
                        <RateStatus kind={row.kind} isConfirmed={row.isConfirmed} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {row.source}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {row.enteredBy}
                          <br />
                          <Text span size="xs" c="dimmed">
                            {formatDateTime(row.enteredAt, i18n.language)}
                          </Text>
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" aria-label={t('rates.exchange.menu', { pair, date })}>
                              <span aria-hidden="true">⋯</span>
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setViewing(row)}>{t('rates.exchange.history.open')}</Menu.Item>
                            {row.kind !== 'WITHDRAWN' ? (
                              <>
                                <Menu.Item
                                  onClick={() => {
                                    setCorrecting(row);
                                    setFormOpen(true);
                                  }}
                                >
                                  {t('rates.periods.correct')}
                                </Menu.Item>
                                <Menu.Item color="red" onClick={() => setWithdrawing(row)}>
                                  {t('rates.periods.withdraw')}
                                </Menu.Item>
                              </>
                            ) : null}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  );
                })
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {rates.hasNextPage ? (
        <Button variant="default" onClick={() => void rates.fetchNextPage()} loading={rates.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}

      <ExchangeRateFormModal opened={formOpen} correcting={correcting} onClose={() => setFormOpen(false)} />
      <HistoryModal row={viewing} onClose={() => setViewing(null)} />
      <WithdrawModal
        opened={withdrawing !== null}
        title={t('rates.withdraw.exchangeTitle')}
        text={t('rates.withdraw.exchangeText', {
          pair: withdrawing ? `${withdrawing.baseCurrency}/${withdrawing.quoteCurrency}` : '',
          date: withdrawing ? formatDate(withdrawing.rateDate, i18n.language) : '',
        })}
        busy={withdraw.isPending}
        onClose={() => setWithdrawing(null)}
        onWithdraw={async (reason) => {
          if (!withdrawing) return [];
          const payload = await withdraw.mutateAsync({ exchangeRateId: withdrawing.id, reason });
          if (payload.userErrors.length === 0) notifications.show({ color: 'teal', message: t('rates.withdraw.done') });
          return payload.userErrors;
        }}
      />
    </Stack>
  );
}
