import { Anchor, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyValue } from '@/components/copy-value';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { formatDate } from '@/lib/dates';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { CaseActions } from '@/features/cases/components/case-actions';
import { CaseClaimsSection } from '@/features/cases/components/case-claims-section';
import { partyPagePath } from '@/features/cases/components/case-format';
import { CaseNotesSection } from '@/features/cases/components/case-notes-section';
import { CasePhoneBook } from '@/features/cases/components/case-phone-book';
import { CaseSection } from '@/features/cases/components/case-section';
import { CaseStatusBadge } from '@/features/cases/components/case-status-badge';
import { CaseTimelineSection } from '@/features/cases/components/case-timeline-section';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';
import { useCaseDetail } from '@/features/cases/hooks/use-case-detail';

type Case = CaseDetailFieldsFragment;

/** A missing case and one the user may not see look the same, so the page does not tell that a case exists. */
export function CaseNotFound() {
  const { t } = useTranslation('staff');
  usePageTitle(t('cases.notFound.title'));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('cases.notFound.title')}
      </Title>
      <Text>{t('cases.notFound.text')}</Text>
      <Button component={Link} to="/cases" variant="light" style={{ alignSelf: 'flex-start' }}>
        {t('cases.notFound.back')}
      </Button>
    </Stack>
  );
}

function Facts({ item, seesPeople }: { item: Case; seesPeople: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const rows: [string, React.ReactNode][] = [
    [
      t('cases.fields.client'),
      seesPeople ? (
        <Anchor key="client" component={Link} to={partyPagePath(item.client.party.id)}>
          {item.client.name}
        </Anchor>
      ) : (
        item.client.name
      ),
    ],
    [t('cases.fields.jurisdiction'), t(`cases.jurisdictions.${item.client.jurisdiction}`)],
    [t('cases.fields.team'), item.team?.name ?? t('cases.assign.noTeam')],
    [t('cases.fields.assignee'), item.assignee?.name ?? t('cases.assign.nobody')],
    [t('cases.fields.openedOn'), formatDate(item.openedOn, i18n.language)],
    ...(item.closedOn ? ([[t('cases.fields.closedOn'), formatDate(item.closedOn, i18n.language)]] as [string, string][]) : []),
    [t('cases.fields.principalTotal'), formatMoney(item.principalTotal, i18n.language)],
  ];
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={200} fw={500}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function CaseDetail({ caseId, onLostSight }: { caseId: string; onLostSight: () => void }) {
  const { t } = useTranslation('staff');
  const access = useCaseAccess();
  const detail = useCaseDetail(caseId);
  const item = detail.data ?? null;
  usePageTitle(item ? t('cases.detail.title', { reference: item.reference }) : t('cases.title'));

  if (detail.isPending) return <InlineLoader />;
  if (detail.isError) return <QueryError onRetry={() => void detail.refetch()} />;
  if (!item) return <CaseNotFound />;

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {t('cases.detail.title', { reference: item.reference })}
          </Title>
          <CaseStatusBadge status={item.status} reason={item.statusReason} size="lg" />
        </Group>
        <Text c="dimmed">
          {access.seesPeople
            ? t('cases.detail.subtitle', {
                client: item.client.name,
                debtors: item.parties
                  .filter((party) => party.role === 'DEBTOR')
                  .map((party) => party.party.displayName)
                  .join(', '),
              })
            : item.client.name}
        </Text>
        <CaseActions item={item} onLostSight={onLostSight} />
      </Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CaseSection title={t('cases.detail.facts')} id="case-facts">
          <Facts item={item} seesPeople={access.seesPeople} />
          <CopyValue label={t('cases.fields.paymentReference')} value={item.paymentReference.printed} />
        </CaseSection>
        {access.seesPeople ? <CasePhoneBook item={item} /> : null}
      </SimpleGrid>
      <CaseClaimsSection item={item} canEdit={access.canEdit} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CaseNotesSection item={item} canEdit={access.canEdit} />
        <CaseTimelineSection item={item} />
      </SimpleGrid>
    </Stack>
  );
}
