import { Anchor, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatCount } from '@/lib/counts';
import { formatDate } from '@/lib/dates';
import type { CaseSummaryFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { casePath, caseStatuses, jurisdictions } from '@/features/cases/components/case-format';
import {
  type CaseListParams,
  type CaseSort,
  caseSorts,
  hasCaseFilters,
  readCaseListParams,
  toCaseFilter,
  toCaseOrder,
  writeCaseListParams,
} from '@/features/cases/components/case-list-params';
import { CaseClientPicker } from '@/features/cases/components/case-pickers';
import { CaseStatusBadge } from '@/features/cases/components/case-status-badge';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';
import { useCaseClient } from '@/features/cases/hooks/use-case-client-options';
import { useCaseTeamOptions } from '@/features/cases/hooks/use-case-team-options';
import { useCases } from '@/features/cases/hooks/use-cases';

function CaseFilters({ params, onChange }: { params: CaseListParams; onChange: (next: CaseListParams) => void }) {
  const { t } = useTranslation('staff');
  const access = useCaseAccess();
  const teams = useCaseTeamOptions(access.canPick);
  const client = useCaseClient(access.canPick ? params.clientId : null);
  const set = (changes: Partial<CaseListParams>) => onChange({ ...params, ...changes });
  const allTeams = teams.data ?? [];
  const chosenTeam = allTeams.find((team) => team.id === params.teamId);
  // Without a team: everyone in any team, once each.
  const people = chosenTeam
    ? chosenTeam.members
    : [...new Map(allTeams.flatMap((team) => team.members).map((member) => [member.id, member])).values()].sort((a, b) =>
        a.name.localeCompare(b.name),
      );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-filters-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600} id="case-filters-title" component="h2" size="md" m={0}>
            {t('cases.filters.title')}
          </Text>
          {hasCaseFilters(params) ? (
            <Button variant="subtle" size="xs" onClick={() => onChange({ ...readCaseListParams(new URLSearchParams()), sort: params.sort })}>
              {t('cases.filters.clear')}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <MultiSelect
            label={t('cases.fields.status')}
            placeholder={params.statuses.length === 0 ? t('cases.filters.anyStatus') : undefined}
            data={caseStatuses.map((status) => ({ value: status, label: t(`cases.statuses.${status}`) }))}
            value={params.statuses}
            onChange={(statuses) => set({ statuses: statuses as CaseListParams['statuses'] })}
            clearable
          />
          {access.canPick ? (
            <CaseClientPicker
              label={t('cases.fields.client')}
              placeholder={t('cases.filters.anyClient')}
              value={client.data ?? null}
              onChange={(picked) => set({ clientId: picked?.id ?? null })}
            />
          ) : null}
          {access.canPick ? (
            <Select
              label={t('cases.fields.team')}
              placeholder={t('cases.filters.anyTeam')}
              clearable
              data={allTeams.map((team) => ({ value: team.id, label: team.name }))}
              value={params.teamId}
              onChange={(teamId) => set({ teamId, assigneeId: null })}
            />
          ) : null}
          {access.canPick ? (
            <Select
              label={t('cases.fields.assignee')}
              placeholder={t('cases.filters.anyAssignee')}
              clearable
              searchable
              data={people.map((member) => ({ value: member.id, label: member.name }))}
              value={params.assigneeId}
              onChange={(assigneeId) => set({ assigneeId })}
            />
          ) : null}
          <Select
            label={t('cases.fields.jurisdiction')}
            placeholder={t('cases.filters.anyJurisdiction')}
            clearable
            data={jurisdictions.map((jurisdiction) => ({ value: jurisdiction, label: t(`cases.jurisdictions.${jurisdiction}`) }))}
            value={params.jurisdiction}
            onChange={(jurisdiction) => set({ jurisdiction: jurisdiction as CaseListParams['jurisdiction'] })}
          />
          <TextInput
            label={t('cases.filters.openedFrom')}
            type="date"
            value={params.openedFrom}
            onChange={(event) => set({ openedFrom: event.currentTarget.value })}
          />
          <TextInput label={t('cases.filters.openedTo')} type="date" value={params.openedTo} onChange={(event) => set({ openedTo: event.currentTarget.value })} />
          <Select
            label={t('cases.filters.sort')}
            allowDeselect={false}
            data={caseSorts.map((sort) => ({ value: sort, label: t(`cases.sorts.${sort}`) }))}
            value={params.sort}
            onChange={(sort) => set({ sort: (sort ?? 'opened-desc') as CaseSort })}
          />
        </SimpleGrid>
        <Switch
          label={t('cases.filters.mine')}
          description={t('cases.filters.mineHint')}
          checked={params.mine}
          onChange={(event) => set({ mine: event.currentTarget.checked })}
        />
      </Stack>
    </Paper>
  );
}

function CaseRow({ item }: { item: CaseSummaryFieldsFragment }) {
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
      <Table.Td>{workedBy || <Text c="dimmed" size="sm">{t('cases.list.unassigned')}</Text>}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.openedOn, i18n.language)}</Table.Td>
    </Table.Tr>
  );
}

/** The case list: filters and sort in the address, a total, and 25 more at a time. */
export function CaseList() {
  const { t, i18n } = useTranslation('staff');
  const [search, setSearch] = useSearchParams();
  const params = readCaseListParams(search);
  const cases = useCases(toCaseFilter(params), toCaseOrder(params.sort));
  const rows = cases.data?.pages.flatMap((page) => page.cases.nodes) ?? [];
  const lastPage = cases.data?.pages.at(-1)?.cases;
  const total = formatCount(lastPage?.totalCount ?? 0, lastPage?.totalCountCapped, i18n.language);

  return (
    <Stack gap="md">
      <CaseFilters params={params} onChange={(next) => setSearch(writeCaseListParams(next), { replace: true })} />
      {cases.isError ? <QueryError onRetry={() => void cases.refetch()} /> : null}
      {cases.isPending ? <InlineLoader /> : null}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {cases.data ? t('cases.list.count', { number: total }) : ''}
      </Text>
      {cases.data && rows.length === 0 ? <Text>{hasCaseFilters(params) ? t('cases.list.emptyFiltered') : t('cases.list.empty')}</Text> : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={t('cases.list.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.fields.reference')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.debtors')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.client')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('cases.fields.principalTotal')}
                </Table.Th>
                <Table.Th scope="col">{t('cases.fields.workedBy')}</Table.Th>
                <Table.Th scope="col">{t('cases.fields.openedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((item) => (
                <CaseRow key={item.id} item={item} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
