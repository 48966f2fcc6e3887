import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import type { BalanceFieldsFragment, CaseMoneyQuery } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { formatPercent } from '@/features/cases/components/case-format';

type CaseMoney = NonNullable<Extract<NonNullable<CaseMoneyQuery['node']>, { money?: unknown }>['money']>;
export type ClaimMoney = CaseMoney['claims'][number];

const balanceRows = ['principal', 'interest', 'costs', 'paid', 'credit', 'open'] as const;

/** What is owed, by component, as the server totalled it. */
export function BalanceTable({ balance, caption }: { balance: BalanceFieldsFragment; caption: string }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <Table variant="vertical" withTableBorder verticalSpacing={4} maw={420}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Tbody>
        {balanceRows.map((row) => (
          <Table.Tr key={row} fw={row === 'open' ? 700 : undefined}>
            <Table.Th scope="row" w={200}>
              {t(`cases.money.balance.${row}`)}
            </Table.Th>
            <Table.Td ta="right">{formatMoney(balance[row], i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function InterestTable({ claim }: { claim: ClaimMoney }) {
  const { t, i18n } = useTranslation('staff');
  const invoice = claim.claim.invoiceNumber;
  if (claim.interestPeriods.length === 0) return <Text c="dimmed">{t('cases.money.interest.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>{t('cases.money.interest.caption', { invoice })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.money.interest.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('cases.money.interest.days')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('cases.money.interest.rate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('cases.money.interest.base')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('cases.money.interest.interest')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {claim.interestPeriods.map((line) => (
            <Table.Tr key={line.firstDate}>
              <Table.Td>
                {t('cases.money.interest.range', {
                  from: formatDate(line.firstDate, i18n.language),
                  to: formatDate(line.lastDate, i18n.language),
                })}
              </Table.Td>
              <Table.Td ta="right">{line.days}</Table.Td>
              <Table.Td ta="right">
                {formatPercent(line.annualRatePercent, i18n.language)}{' '}
                {line.isConfirmed ? null : (
                  <Badge color="yellow" variant="light" size="sm">
                    {t('cases.money.interest.unconfirmed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(line.base, i18n.language)}</Table.Td>
              <Table.Td ta="right">{formatMoney(line.interest, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ChargesTable({ claim }: { claim: ClaimMoney }) {
  const { t, i18n } = useTranslation('staff');
  if (claim.charges.length === 0) return <Text c="dimmed">{t('cases.money.costs.none')}</Text>;
  return (
    <Table verticalSpacing={4}>
      <Table.Caption>{t('cases.money.costs.caption', { invoice: claim.claim.invoiceNumber })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('cases.money.costs.date')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('cases.money.costs.amount')}
          </Table.Th>
          <Table.Th scope="col">{t('cases.money.costs.rule')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {claim.charges.map((charge) => (
          <Table.Tr key={charge.id} td={charge.isReversed ? 'line-through' : undefined}>
            <Table.Td>{formatDate(charge.valueDate, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatMoney(charge.amount, i18n.language)}</Table.Td>
            <Table.Td>
              {charge.explanation}
              {charge.isReversed ? ` (${t('cases.money.reversed')})` : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One claim: its balance, how its interest came about and the costs charged on it. */
export function ClaimMoneyBlock({ claim }: { claim: ClaimMoney }) {
  const { t, i18n } = useTranslation('staff');
  const invoice = claim.claim.invoiceNumber;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('cases.money.claimTitle', { invoice, open: formatMoney(claim.balance.open, i18n.language) })}
      </Title>
      {claim.interestRule ? <Text size="sm">{t('cases.money.interest.rule', { rule: claim.interestRule })}</Text> : null}
      <BalanceTable balance={claim.balance} caption={t('cases.money.claimBalanceCaption', { invoice })} />
      <InterestTable claim={claim} />
      <ChargesTable claim={claim} />
    </Stack>
  );
}
