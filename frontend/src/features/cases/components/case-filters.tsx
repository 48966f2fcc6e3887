import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseStatuses, jurisdictions } from '@/features/cases/components/case-format';
import {
  type CaseListParams,
  type CaseSort,
  caseSorts,
  hasCaseFilters,
  readCaseListParams,
  typedAmount,
  typedDays,
} from '@/features/cases/components/case-list-params';
import { CaseClientPicker } from '@/features/cases/components/case-pickers';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';
import { useCaseClient } from '@/features/cases/hooks/use-case-client-options';
import { useCaseTeamOptions } from '@/features/cases/hooks/use-case-team-options';

type RangeErrors = { min?: string; max?: string };

/** What is wrong with a typed range: a bound that is not a number, or an upper bound below the lower one. */
function rangeErrors<T extends string | number>(
  min: string,
  max: string,
  parse: (text: string) => T | null,
  invalid: string,
  upsideDown: string,
): RangeErrors {
  const low = parse(min);
  const high = parse(max);
  const errors: RangeErrors = {};
  if (min.trim() !== '' && low === null) errors.min = invalid;
  if (max.trim() !== '' && high === null) errors.max = invalid;
  else if (low !== null && high !== null && Number(high) < Number(low)) errors.max = upsideDown;
  return errors;
}

/** One end of an amount or age range, typed as text so that "1250,50" and a half-typed value stay as they are. */
function BoundInput(props: {
  label: string;
  hint: string;
  value: string;
  error?: string;
  decimal?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <TextInput
      label={props.label}
      description={props.hint}
      inputMode={props.decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={props.value}
      error={props.error}
      onChange={(event) => props.onChange(event.currentTarget.value)}
    />
  );
}

/** The case list's filters and sort; every change goes straight into the address. */
export function CaseFilters({ params, onChange }: { params: CaseListParams; onChange: (next: CaseListParams) => void }) {
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
  const amounts = rangeErrors(
    params.principalMin,
    params.principalMax,
    typedAmount,
    t('cases.filters.amountInvalid'),
    t('cases.filters.belowLower'),
  );
  const ages = rangeErrors(params.ageMinDays, params.ageMaxDays, typedDays, t('cases.filters.ageInvalid'), t('cases.filters.belowLower'));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-filters-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600} id="case-filters-title" component="h2" size="md" m={0}>
            {t('cases.filters.title')}
          </Text>
          {hasCaseFilters(params) ? (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => onChange({ ...readCaseListParams(new URLSearchParams()), sort: params.sort })}
            >
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
          <TextInput
            label={t('cases.filters.openedTo')}
            type="date"
            value={params.openedTo}
            onChange={(event) => set({ openedTo: event.currentTarget.value })}
          />
          <Select
            label={t('cases.filters.sort')}
            allowDeselect={false}
            data={caseSorts.map((sort) => ({ value: sort, label: t(`cases.sorts.${sort}`) }))}
            value={params.sort}
            onChange={(sort) => set({ sort: (sort ?? 'opened-desc') as CaseSort })}
          />
          <BoundInput
            label={t('cases.filters.principalMin')}
            hint={t('cases.filters.amountHint')}
            decimal
            value={params.principalMin}
            error={amounts.min}
            onChange={(principalMin) => set({ principalMin })}
          />
          <BoundInput
            label={t('cases.filters.principalMax')}
            hint={t('cases.filters.amountHint')}
            decimal
            value={params.principalMax}
            error={amounts.max}
            onChange={(principalMax) => set({ principalMax })}
          />
          <BoundInput
            label={t('cases.filters.ageMin')}
            hint={t('cases.filters.ageHint')}
            value={params.ageMinDays}
            error={ages.min}
            onChange={(ageMinDays) => set({ ageMinDays })}
          />
          <BoundInput
            label={t('cases.filters.ageMax')}
            hint={t('cases.filters.ageHint')}
            value={params.ageMaxDays}
            error={ages.max}
            onChange={(ageMaxDays) => set({ ageMaxDays })}
          />
        </SimpleGrid>
        <Group gap="xl" align="flex-start">
          <Switch
            label={t('cases.filters.withoutPlan')}
            description={t('cases.filters.withoutPlanHint')}
            checked={params.withoutPlan}
            onChange={(event) => set({ withoutPlan: event.currentTarget.checked })}
          />
          {access.isClientUser ? null : (
            <Switch
              label={t('cases.filters.mine')}
              description={t('cases.filters.mineHint')}
              checked={params.mine}
              onChange={(event) => set({ mine: event.currentTarget.checked })}
            />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** True when a typed range cannot be sent as it is (the fields then say why). */
export function hasRangeErrors(params: CaseListParams): boolean {
  const amounts = rangeErrors(params.principalMin, params.principalMax, typedAmount, 'x', 'x');
  const ages = rangeErrors(params.ageMinDays, params.ageMaxDays, typedDays, 'x', 'x');
  return [amounts.min, amounts.max, ages.min, ages.max].some(Boolean);
}
