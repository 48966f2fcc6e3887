import { Anchor, Button, Collapse, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatCount } from '@/lib/counts';
import type { PartyFilter, PartyKind } from '@/lib/graphql-types';
import { partyKinds, partyPath } from '@/features/parties/components/party-format';
import { PartySummaryFacts } from '@/features/parties/components/party-summary';
import { useParties } from '@/features/parties/hooks/use-parties';

type FilterValues = {
  kind: PartyKind | '';
  name: string;
  postcode: string;
  houseNumber: string;
  iban: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  registrationNumber: string;
};

const emptyFilter: FilterValues = {
  kind: '',
  name: '',
  postcode: '',
  houseNumber: '',
  iban: '',
  email: '',
  phone: '',
  dateOfBirth: '',
  registrationNumber: '',
};

/** Only the criteria that were filled in: the server reads an absent criterion as "any". */
function toFilter(values: FilterValues): PartyFilter {
  const filter: PartyFilter = {};
  for (const [key, value] of Object.entries(values) as [keyof FilterValues, string][]) {
    const trimmed = value.trim();
    if (trimmed !== '') (filter as Record<string, string>)[key] = trimmed;
  }
  return filter;
}

export function PartyAdvancedSearch() {
  const { t, i18n } = useTranslation('staff');
  const [opened, { toggle }] = useDisclosure(false);
  const [filter, setFilter] = useState<PartyFilter | null>(null);
  const form = useForm<FilterValues>({ mode: 'controlled', initialValues: emptyFilter });
  const parties = useParties(filter);
  const rows = parties.data?.pages.flatMap((page) => page.parties.nodes) ?? [];
  const lastPage = parties.data?.pages.at(-1)?.parties;
  const total = formatCount(lastPage?.totalCount ?? 0, lastPage?.totalCountCapped, i18n.language);

  return (
    <Stack gap="sm">
      <Button
        variant="subtle"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls="party-advanced-search"
        style={{ alignSelf: 'flex-start' }}
        rightSection={<span aria-hidden="true">{opened ? '▴' : '▾'}</span>}
      >
        {t('parties.advanced.toggle')}
      </Button>
      <Collapse expanded={opened} id="party-advanced-search">
        <Paper withBorder p="md">
          <form
            onSubmit={form.onSubmit((values) => setFilter(toFilter(values)))}
            onReset={(event) => {
              event.preventDefault();
              form.reset();
              setFilter(null);
            }}
            aria-label={t('parties.advanced.title')}
          >
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                <Select
                  label={t('parties.fields.kind')}
                  placeholder={t('parties.advanced.anyKind')}
                  clearable
                  data={partyKinds.map((kind) => ({ value: kind, label: t(`parties.kinds.${kind}`) }))}
                  value={form.getValues().kind || null}
                  onChange={(value) => form.setFieldValue('kind', (value ?? '') as PartyKind | '')}
                />
                <TextInput
                  label={t('parties.fields.name')}
                  description={t('parties.advanced.nameHint')}
                  autoComplete="off"
                  {...form.getInputProps('name')}
                />
                <TextInput label={t('parties.fields.dateOfBirth')} type="date" {...form.getInputProps('dateOfBirth')} />
                <TextInput label={t('parties.fields.postcode')} autoComplete="off" {...form.getInputProps('postcode')} />
                <TextInput label={t('parties.fields.houseNumber')} autoComplete="off" {...form.getInputProps('houseNumber')} />
                <TextInput label={t('parties.fields.iban')} autoComplete="off" spellCheck={false} {...form.getInputProps('iban')} />
                <TextInput label={t('parties.fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
                <TextInput label={t('parties.fields.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
                <TextInput label={t('parties.fields.registrationNumber')} autoComplete="off" {...form.getInputProps('registrationNumber')} />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button type="reset" variant="default">
                  {t('parties.advanced.clear')}
                </Button>
                <Button type="submit">{t('parties.advanced.search')}</Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Collapse>
      {parties.isError ? <QueryError onRetry={() => void parties.refetch()} /> : null}
      {filter !== null && parties.isPending ? <InlineLoader /> : null}
      {filter !== null && parties.data ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t('parties.advanced.caption', { shown: rows.length, total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('parties.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('parties.advanced.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={2}>
                    <Text c="dimmed">{t('parties.advanced.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((party) => (
                  <Table.Tr key={party.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={partyPath(party.id)} fw={600}>
                        {party.displayName}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <PartySummaryFacts party={party} />
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {filter !== null && parties.hasNextPage ? (
        <Button variant="default" onClick={() => void parties.fetchNextPage()} loading={parties.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
