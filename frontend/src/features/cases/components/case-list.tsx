import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatCount } from '@/lib/counts';
import { formatDate } from '@/lib/dates';
import type { CaseSummaryFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { CaseExportButton } from '@/features/cases/components/case-export-button';
import { CaseFilters, hasRangeErrors } from '@/features/cases/components/case-filters';
import { casePath } from '@/features/cases/components/case-format';
import {
  type CaseListParams,
  hasCaseFilters,
  readCaseListParams,
  toCaseFilter,
  toCaseOrder,
  writeCaseListParams,
} from '@/features/cases/components/case-list-params';
import { CaseStatusBadge } from '@/features/cases/components/case-status-badge';
import { SavedCaseViews } from '@/features/cases/components/saved-case-views';
import { useCases } from '@/features/cases/hooks/use-cases';

function CaseRow({ item, showOpenBalance }: { item: CaseSummaryFieldsFragment; showOpenBalance: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const workedBy = [item.team?.name, item.assignee?.name].filter(Boolean).join(' · ');
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <Anchor component={Link} to={casePath(item.id)}>
          {item.reference}
        </Anchor>
      </Table.Th>
      <Table.Td>{item.debtors.map((debtor) => debtor.displayName).join(', ')}</Table.Td>
      <Table.Td>{item.client.name}</Table.Td>
      <Table.Td>
        <CaseStatusBadge status={item.status} reason={item.statusReason} />
      </Table.Td>
      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(item.principalTotal, i18n.language)}</Table.Td>
      {showOpenBalance ? (
        <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
          {item.openBalance ? formatMoney(item.openBalance, i18n.language) : '–'}
          {/* a rate change made the snapshot stale: the run brings it up within minutes; the case page is exact already */}
          {item.isOpenBalanceCurrent === false ? (
            <Text size="xs" c="dimmed">
              {t('cases.fields.openBalanceUpdating')}
            </Text>
          ) : null}
        </Table.Td>
      ) : null}
      <Table.Td>{workedBy || <Text c="dimmed" size="sm">{t('cases.list.unassigned')}</Text>}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.openedOn, i18n.language)}</Table.Td>
    </Table.Tr>
  );
}

/**
 * Cases as a table, one row each with a link to its page; the open-balance column only when the server shows the
 * user money. Named by `label` (aria-label) or, when given, by a visible `caption`.
 */
export function CaseTable({ rows, label, caption }: { rows: readonly CaseSummaryFieldsFragment[]; label?: string; caption?: string }) {
  const { t } = useTranslation('staff');
  // The server answers null to those who may not see money: then the column is left out, not shown empty.
  const showOpenBalance = rows.some((item) => item.openBalance != null);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover aria-label={caption ? undefined : label}>
        {caption ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.fields.reference')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.debtors')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.client')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('cases.fields.principalTotal')}
            </Table.Th>
            {showOpenBalance ? (
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('cases.fields.openBalance')}
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{t('cases.fields.workedBy')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.openedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item) => (
            <CaseRow key={item.id} item={item} showOpenBalance={showOpenBalance} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The case list: filters and sort in the address, saved views, an export of what is shown, a total, and 25 more at a
 * time. While a typed range cannot be sent, the list keeps showing the last good result.
 */
export function CaseList() {
  const { t, i18n } = useTranslation('staff');
  const [search, setSearch] = useSearchParams();
  const params = readCaseListParams(search);
  const sendable = !hasRangeErrors(params);
  const cases = useCases(toCaseFilter(params), toCaseOrder(params.sort), sendable);
  const rows = cases.data?.pages.flatMap((page) => page.cases.nodes) ?? [];
  const lastPage = cases.data?.pages.at(-1)?.cases;
  const totalCount = lastPage?.totalCount ?? 0;
  const total = formatCount(totalCount, lastPage?.totalCountCapped, i18n.language);
  const show = (next: CaseListParams) => setSearch(writeCaseListParams(next), { replace: true });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <SavedCaseViews params={params} onApply={show} />
        <CaseExportButton params={params} disabled={!sendable || (cases.data !== undefined && totalCount === 0)} />
      </Group>
      <CaseFilters params={params} onChange={show} />
      {cases.isError ? <QueryError onRetry={() => void cases.refetch()} /> : null}
      {cases.isPending ? <InlineLoader /> : null}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {cases.data ? t('cases.list.count', { number: total }) : ''}
      </Text>
      {cases.data && rows.length === 0 ? <Text>{hasCaseFilters(params) ? t('cases.list.emptyFiltered') : t('cases.list.empty')}</Text> : null}
      {rows.length > 0 ? (
        <CaseTable rows={rows} label={t('cases.list.label')} />
      ) : null}
      {rows.length > 0 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('cases.list.showing', { shown: rows.length, total })}
          </Text>
          {cases.hasNextPage ? (
            <Button variant="default" onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
              {t('common:actions.loadMore')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
