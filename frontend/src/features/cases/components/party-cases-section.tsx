import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatCount } from '@/lib/counts';
import { CaseTable } from '@/features/cases/components/case-list';
import { useCases } from '@/features/cases/hooks/use-cases';

const newestFirst = { field: 'OPENED_ON', direction: 'DESC' } as const;

/** The cases a party is in (as debtor or in any other role) that the user may see, newest first, on the party's page. */
export function PartyCasesSection({ partyId }: { partyId: string }) {
  const { t, i18n } = useTranslation('staff');
  const cases = useCases({ partyId }, newestFirst);
  const rows = cases.data?.pages.flatMap((page) => page.cases.nodes) ?? [];
  const lastPage = cases.data?.pages.at(-1)?.cases;
  const total = formatCount(lastPage?.totalCount ?? 0, lastPage?.totalCountCapped, i18n.language);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="party-cases">
      <Stack gap="sm">
        <Title order={2} size="h4" id="party-cases">
          {t('cases.ofParty.title')}
        </Title>
        {cases.isError ? <QueryError onRetry={() => void cases.refetch()} /> : null}
        {cases.isPending ? <InlineLoader /> : null}
        {cases.data && rows.length === 0 ? <Text c="dimmed">{t('cases.ofParty.none')}</Text> : null}
        {rows.length > 0 ? <CaseTable rows={rows} caption={t('cases.ofParty.caption', { number: total })} /> : null}
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
