import { Anchor, Button, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { formatDateTime } from '@/lib/dates';
import type { ClientFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { formatIban, formatPercent, partyPagePath } from '@/features/clients/components/client-format';
import { ClientTermsForm } from '@/features/clients/components/client-terms-form';
import { useClientAccess } from '@/features/clients/hooks/use-client-access';
import { useClientProfile } from '@/features/clients/hooks/use-client-profile';

function ClientFacts({ client }: { client: ClientFieldsFragment }) {
  const { t, i18n } = useTranslation('staff');
  const { terms } = client;
  const language = i18n.language;
  const penalty = terms.penaltyClausePercent
    ? terms.penaltyClauseMinimum
      ? t('clients.profile.penaltyWithMinimum', {
          percent: formatPercent(terms.penaltyClausePercent, language),
          minimum: formatMoney(terms.penaltyClauseMinimum, language),
        })
      : formatPercent(terms.penaltyClausePercent, language)
    : t('clients.profile.none');
  const interest =
    terms.interestBasis === 'CONTRACTUAL' && terms.contractualAnnualRatePercent
      ? t('clients.profile.contractualRate', { rate: formatPercent(terms.contractualAnnualRatePercent, language) })
      : t(`clients.interestBases.${terms.interestBasis}`);
  const rows: [string, React.ReactNode][] = [
    [t('clients.fields.jurisdiction'), t(`clients.jurisdictions.${client.jurisdiction}`)],
    [t('clients.fields.currency'), client.currency],
    [t('clients.fields.interestBasis'), interest],
    [t('clients.fields.transactionType'), t(`clients.transactionTypes.${terms.transactionType}`)],
    [t('clients.fields.penalty'), penalty],
    [
      t('clients.form.feesLegend'),
      terms.adminCosts.length === 0 ? (
        t('clients.profile.none')
      ) : (
        <List listStyleType="none" spacing={2}>
          {terms.adminCosts.map((cost) => (
            <List.Item key={cost.action}>
              {t('clients.profile.fee', { action: t(`clients.actions.${cost.action}`), amount: formatMoney(cost.amount, language) })}
            </List.Item>
          ))}
        </List>
      ),
    ],
    [t('clients.fields.allocationOrder'), t(`clients.allocationOrders.${terms.allocationOrder}`)],
    [t('clients.fields.commission'), terms.commissionPercent ? formatPercent(terms.commissionPercent, language) : t('clients.profile.none')],
    ...(client.jurisdiction === 'NL'
      ? [[t('clients.fields.creditorCannotDeductVat'), t(terms.creditorCannotDeductVat ? 'clients.profile.vatAdded' : 'clients.profile.vatNotAdded')] as [string, React.ReactNode]]
      : []),
    [t('clients.fields.remittanceIban'), client.remittanceIban ? formatIban(client.remittanceIban) : t('clients.profile.none')],
    [t('clients.fields.defaultTeam'), client.defaultTeam?.name ?? t('clients.profile.none')],
    [
      t('clients.fields.contacts'),
      client.contacts.length === 0 ? (
        t('clients.profile.none')
      ) : (
        <List listStyleType="none" spacing={2}>
          {client.contacts.map((contact) => (
            <List.Item key={contact.id}>
              <Anchor component={Link} to={partyPagePath(contact.id)}>
                {contact.displayName}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ),
    ],
    [t('clients.profile.since'), formatDateTime(client.createdAt, language)],
  ];
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={220} fw={500}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The client profile on a party's page: the collection terms with "Edit", or "Make this party a client". Shown to
 * staff who may see clients; a party merged into another one cannot become a client.
 */
export function ClientProfileSection({ partyId }: { partyId: string }) {
  const { t } = useTranslation('staff');
  const access = useClientAccess();
  const profile = useClientProfile(partyId, access.canView);
  const [editing, setEditingState] = useState(false);
  // Opening or leaving the form moves the focus to the section's heading, so keyboard users are not left on nothing.
  const heading = useRef<HTMLHeadingElement>(null);
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    if (moves > 0) heading.current?.focus();
  }, [moves]);
  const setEditing = (value: boolean) => {
    setEditingState(value);
    setMoves((count) => count + 1);
  };
  if (!access.canView) return null;
  if (profile.isPending) return null;
  if (profile.isError) return <QueryError onRetry={() => void profile.refetch()} />;
  const party = profile.data;
  if (!party) return null;
  const client = party.clientProfile ?? null;
  const canEdit = access.canEdit && !party.mergedInto;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="client-profile">
      <Stack gap="sm">
        <Title order={2} size="h4" id="client-profile" ref={heading} tabIndex={-1}>
          {t('clients.profile.title')}
        </Title>
        {editing ? (
          <ClientTermsForm partyId={party.id} partyName={party.displayName} client={client} onDone={() => setEditing(false)} />
        ) : client ? (
          <>
            <ClientFacts client={client} />
            {canEdit ? (
              <Button size="xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
                {t('clients.profile.edit')}
              </Button>
            ) : null}
          </>
        ) : (
          <>
            <Text c="dimmed">{t('clients.profile.notAClient')}</Text>
            {canEdit ? (
              <Button size="sm" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
                {t('clients.profile.make')}
              </Button>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
