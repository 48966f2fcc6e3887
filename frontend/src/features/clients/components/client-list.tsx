import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDateTime } from '@/lib/dates';
import type { ClientFilter, Jurisdiction } from '@/lib/graphql-types';
import { jurisdictions, partyPagePath } from '@/features/clients/components/client-format';
import { useClients } from '@/features/clients/hooks/use-clients';

/** The clients: search by name, filter by jurisdiction, newest first, 25 more at a time; each links to its party. */
export function ClientList() {
  const { t, i18n } = useTranslation('staff');
  const [search, setSearch] = useState('');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const filter: ClientFilter = { ...(debounced ? { search: debounced } : {}), ...(jurisdiction ? { jurisdiction } : {}) };
  const clients = useClients(filter);
  const rows = clients.data?.pages.flatMap((page) => page.clients.nodes) ?? [];
  const total = clients.data?.pages.at(-1)?.clients.totalCount ?? 0;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} role="search" aria-label={t('clients.list.searchLabel')}>
        <TextInput
          type="search"
          label={t('clients.list.search')}
          placeholder={t('clients.list.searchPlaceholder')}
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <Select
          label={t('clients.fields.jurisdiction')}
          placeholder={t('clients.list.anyJurisdiction')}
          clearable
          data={jurisdictions.map((value) => ({ value, label: t(`clients.jurisdictions.${value}`) }))}
          value={jurisdiction}
          onChange={(value) => setJurisdiction(value as Jurisdiction | null)}
        />
      </SimpleGrid>
      {clients.isError ? <QueryError onRetry={() => void clients.refetch()} /> : null}
      {clients.isPending ? <InlineLoader /> : null}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {clients.data ? t('clients.list.count', { number: total }) : ''}
      </Text>
      {clients.data && rows.length === 0 ? <Text>{t('clients.list.empty')}</Text> : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover aria-label={t('clients.list.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clients.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('clients.fields.jurisdiction')}</Table.Th>
                <Table.Th scope="col">{t('clients.fields.currency')}</Table.Th>
                <Table.Th scope="col">{t('clients.fields.interestBasis')}</Table.Th>
                <Table.Th scope="col">{t('clients.fields.defaultTeam')}</Table.Th>
                <Table.Th scope="col">{t('clients.profile.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Th scope="row" fw={600}>
                    <Anchor component={Link} to={partyPagePath(client.party.id)}>
                      {client.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`clients.jurisdictions.${client.jurisdiction}`)}</Table.Td>
                  <Table.Td>{client.currency}</Table.Td>
                  <Table.Td>{t(`clients.interestBases.${client.terms.interestBasis}`)}</Table.Td>
                  <Table.Td>{client.defaultTeam?.name ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(client.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {rows.length > 0 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('clients.list.showing', { shown: rows.length, total })}
          </Text>
          {clients.hasNextPage ? (
            <Button variant="default" onClick={() => void clients.fetchNextPage()} loading={clients.isFetchingNextPage}>
              {t('common:actions.loadMore')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
