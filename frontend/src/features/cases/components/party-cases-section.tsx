import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatCount } from '@/lib/counts';
import { CaseRow } from '@/features/cases/components/case-list';
import { useCases } from '@/features/cases/hooks/use-cases';

const newestFirst = { field: 'OPENED_ON', direction: 'DESC' } as const;

/** The cases a party is in (as debtor or in any other role) that the user may see, newest first, on the party's page. */
export function PartyCasesSection({ partyId }: { partyId: string }) {
  const { t, i18n } = useTranslation('staff');
  const cases = useCases({ partyId }, newestFirst);
  const rows = cases.data?.pages.flatMap((page) => page.cases.nodes) ?? [];
  const lastPage = cases.data?.pages.at(-1)?.cases;
  const total = formatCount(lastPage?.totalCount ?? 0, lastPage?.totalCountCapped, i18n.language);
  const showOpenBalance = rows.some((item) => item.openBalance != null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="party-cases">
      <Stack gap="sm">
        <Title order={2} size="h4" id="party-cases">
          {t('cases.ofParty.title')}
        </Title>
        {cases.isError ? <QueryError onRetry={() => void cases.refetch()} /> : null}
        {cases.isPending ? <InlineLoader /> : null}
        {cases.data && rows.length === 0 ? <Text c="dimmed">{t('cases.ofParty.none')}</Text> : null}
        {rows.length > 0 ? (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('cases.ofParty.caption', { number: total })}</Table.Caption>
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
        ) : null}
        {cases.hasNextPage ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
              {t('common:actions.loadMore')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
