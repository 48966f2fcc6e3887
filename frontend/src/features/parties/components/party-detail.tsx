import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { usePageTitle } from '@/hooks/use-page-title';
import { formatDate, formatDateTime } from '@/lib/dates';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { PartyAddressesSection } from '@/features/parties/components/party-addresses-section';
import { PartyBankAccountsSection } from '@/features/parties/components/party-bank-accounts-section';
import { PartyChannelsSection } from '@/features/parties/components/party-channels-section';
import { PartyEditModal } from '@/features/parties/components/party-edit-modal';
import { PartyHistorySection } from '@/features/parties/components/party-history-section';
import { partyPath } from '@/features/parties/components/party-format';
import { PartyMergeModal } from '@/features/parties/components/party-merge-modal';
import { PartyNotesSection } from '@/features/parties/components/party-notes-section';
import { PartySection } from '@/features/parties/components/party-section';
import { PartyStaysSection } from '@/features/parties/components/party-stays-section';
import { PartyTreeSection } from '@/features/parties/components/party-tree-section';
import { PartyVulnerabilityModal } from '@/features/parties/components/party-vulnerability-modal';
import { type PartyAccess, usePartyAccess } from '@/features/parties/hooks/use-party-access';
import { usePartyDetail } from '@/features/parties/hooks/use-party-detail';

type Party = PartyDetailFieldsFragment;

function Facts({ rows }: { rows: readonly [string, string | null | undefined][] }) {
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {rows
          .filter(([, value]) => value != null && value !== '')
          .map(([label, value]) => (
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

function DetailsSection({ party, canEdit, onEdit }: { party: Party; canEdit: boolean; onEdit: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const person = party.person;
  const organisation = party.organisation;
  const rows: [string, string | null | undefined][] = person
    ? [
        [t('parties.fields.givenNames'), person.givenNames],
        [t('parties.fields.familyNamePrefix'), person.familyNamePrefix],
        [t('parties.fields.familyName'), person.familyName],
        [t('parties.fields.dateOfBirth'), person.dateOfBirth ? formatDate(person.dateOfBirth, i18n.language) : null],
      ]
    : organisation
      ? [
          [t('parties.fields.legalName'), organisation.legalName],
          [t('parties.fields.tradeName'), organisation.tradeName],
          [t('parties.fields.registrationScheme'), organisation.registrationScheme ? t(`parties.registrationSchemes.${organisation.registrationScheme}`) : null],
          [t('parties.fields.registrationNumber'), organisation.registrationNumber],
          [t('parties.fields.vatNumber'), organisation.vatNumber],
        ]
      : [];
  return (
    <PartySection
      title={t('parties.details.title')}
      id="party-details"
      action={
        canEdit ? (
          <Button size="xs" variant="light" onClick={onEdit}>
            {t('parties.details.edit')}
          </Button>
        ) : null
      }
    >
      <Facts
        rows={[
          ...rows,
          [t('parties.fields.language'), t(`parties.languages.${party.language}`)],
          [t('parties.fields.preferredChannel'), party.preferredChannel ? t(`parties.channelKinds.${party.preferredChannel}`) : t('parties.details.noPreference')],
          [t('parties.details.createdAt'), formatDateTime(party.createdAt, i18n.language)],
        ]}
      />
    </PartySection>
  );
}

function VulnerabilityBadge({ party }: { party: Party }) {
  const { t, i18n } = useTranslation('staff');
  const vulnerability = party.vulnerability;
  if (!vulnerability) return null;
  const from = formatDate(vulnerability.from, i18n.language);
  const period = vulnerability.until
    ? t('parties.period.range', { from, until: formatDate(vulnerability.until, i18n.language) })
    : t('parties.period.since', { from });
  return (
    <Badge color="red" variant="light" tt="none" size="lg" style={{ height: 'auto', whiteSpace: 'normal' }} py={4}>
      {t('parties.vulnerability.badge', { reason: vulnerability.reason, period })}
    </Badge>
  );
}

function PartyHeader({ party, access, onVulnerability, onMerge }: { party: Party; access: PartyAccess; onVulnerability: () => void; onMerge: () => void }) {
  const { t } = useTranslation('staff');
  const editable = access.canEdit && !party.mergedInto;
  return (
    <Stack gap="xs">
      <Title order={1} size="h2">
        {party.displayName}
      </Title>
      <Group gap="xs">
        <Badge variant="light" color={party.kind === 'PERSON' ? 'blue' : 'grape'} tt="none">
          {t(`parties.kinds.${party.kind}`)}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          {t('parties.header.language', { language: t(`parties.languages.${party.language}`) })}
        </Badge>
        <VulnerabilityBadge party={party} />
      </Group>
      {party.mergedInto ? (
        <Alert color="orange" role="status" title={t('parties.header.mergedTitle')}>
          {t('parties.header.mergedText')}{' '}
          <Anchor component={Link} to={partyPath(party.mergedInto.id)} fw={600}>
            {party.mergedInto.displayName}
          </Anchor>
        </Alert>
      ) : null}
      {editable || (access.canMerge && !party.mergedInto) ? (
        <Group gap="xs">
          {editable ? (
            <Button size="xs" variant="default" onClick={onVulnerability}>
              {t(party.vulnerability ? 'parties.vulnerability.change' : 'parties.vulnerability.set')}
            </Button>
          ) : null}
          {access.canMerge && !party.mergedInto ? (
            <Button size="xs" variant="default" onClick={onMerge}>
              {t('parties.merge.open')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

export function PartyDetail({ partyId }: { partyId: string }) {
  const { t } = useTranslation('staff');
  const access = usePartyAccess();
  const detail = usePartyDetail(partyId);
  const [modal, setModal] = useState<'edit' | 'vulnerability' | 'merge' | null>(null);
  const party = detail.data ?? null;
  usePageTitle(party ? party.displayName : t('parties.title'));

  if (detail.isPending) return <InlineLoader />;
  if (detail.isError) return <QueryError onRetry={() => void detail.refetch()} />;
  if (!party) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('parties.notFound.title')}
        </Title>
        <Text>{t('parties.notFound.text')}</Text>
        <Button component={Link} to="/parties" variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('parties.notFound.back')}
        </Button>
      </Stack>
    );
  }

  const canEdit = access.canEdit && !party.mergedInto;
  const close = () => setModal(null);
  return (
    <Stack gap="md">
      <PartyHeader party={party} access={access} onVulnerability={() => setModal('vulnerability')} onMerge={() => setModal('merge')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <DetailsSection party={party} canEdit={canEdit} onEdit={() => setModal('edit')} />
        <PartyAddressesSection party={party} canEdit={canEdit} />
        <PartyChannelsSection party={party} canEdit={canEdit} />
        <PartyBankAccountsSection party={party} canEdit={canEdit} />
        <PartyTreeSection party={party} canEdit={canEdit} />
        <PartyStaysSection party={party} canEdit={canEdit} />
      </SimpleGrid>
      <PartyNotesSection party={party} canEdit={canEdit} />
      <PartyHistorySection party={party} />
      {canEdit ? (
        <>
          <PartyEditModal party={party} opened={modal === 'edit'} onClose={close} />
          <PartyVulnerabilityModal party={party} opened={modal === 'vulnerability'} onClose={close} />
        </>
      ) : null}
      {access.canMerge ? <PartyMergeModal party={party} opened={modal === 'merge'} onClose={close} /> : null}
    </Stack>
  );
}
