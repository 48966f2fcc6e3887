import { Alert, Button, Divider, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { CaseCostsSection } from '@/features/cases/components/case-costs-section';
import { CaseArrangementsSection } from '@/features/cases/components/case-arrangements-section';
import { BalanceTable, ClaimMoneyBlock } from '@/features/cases/components/case-money-statement';
import { PaymentsTable } from '@/features/cases/components/case-money-payments';
import { RegisterPaymentForm } from '@/features/cases/components/case-payment-register';
import { SplitPaymentForm } from '@/features/cases/components/case-payment-split';
import { CaseModal, CaseSection } from '@/features/cases/components/case-section';
import { useCaseMoney } from '@/features/cases/hooks/use-case-money';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

type CaseMoneySectionProps = { item: CaseDetailFieldsFragment; canRegister: boolean; canReverse: boolean };

/**
 * The case's money at the end of a chosen day: the balance, each claim with its interest and costs, the payments with
 * what they settled. Shown only to those who may see money (the server answers null to the others); every amount
 * and total comes from the server. The payment plan and promises follow, for the same people.
 */
export function CaseMoneySection({ item, canRegister, canReverse }: CaseMoneySectionProps) {
  const { t, i18n } = useTranslation('staff');
  const [asOfInput, setAsOfInput] = useState(todayIsoDate());
  const [asOf, setAsOf] = useState(asOfInput);
  const [dialog, setDialog] = useState<'register' | 'split' | null>(null);
  const money = useCaseMoney(item.id, asOf);

  if (money.isPending) return null;
  if (money.isError && !money.data) {
    return (
      <CaseSection title={t('cases.money.title')} id="case-money">
        <QueryError onRetry={() => void money.refetch()} />
      </CaseSection>
    );
  }
  const statement = money.data;
  if (!statement) return null;

  const changeDay = (value: string) => {
    setAsOfInput(value);
    if (isoDate.test(value)) setAsOf(value);
  };

  return (
    <>
      <CaseSection
        title={t('cases.money.title')}
        id="case-money"
        action={
          canRegister && item.status !== 'CLOSED' ? (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setDialog('register')}>
                {t('cases.money.register.button')}
              </Button>
              <Button size="xs" variant="light" onClick={() => setDialog('split')}>
                {t('cases.money.split.button')}
              </Button>
            </Group>
          ) : null
        }
      >
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('cases.money.asOf')}
            value={asOfInput}
            onChange={(event) => changeDay(event.currentTarget.value)}
            w={200}
          />
        </Group>
        {statement.isInterestConfirmed ? null : (
          <Alert color="yellow" title={t('cases.money.interest.unconfirmed')}>
            {t('cases.money.interest.unconfirmedText')}
          </Alert>
        )}
        <BalanceTable
          balance={statement.balance}
          caption={t('cases.money.balanceCaption', { date: formatDate(statement.asOf, i18n.language) })}
        />
        <Divider />
        <Title order={3} size="h5">
          {t('cases.money.claims')}
        </Title>
        <Stack gap="lg">
          {statement.claims.map((claim) => (
            <ClaimMoneyBlock key={claim.claim.id} claim={claim} />
          ))}
        </Stack>
        <Divider />
        <Title order={3} size="h5">
          {t('cases.money.payments.title')}
        </Title>
        <PaymentsTable payments={statement.payments} canReverse={canReverse} />
        <CaseModal
          opened={dialog === 'register'}
          title={t('cases.money.register.title', { reference: item.reference })}
          onClose={() => setDialog(null)}
        >
          <RegisterPaymentForm caseId={item.id} currency={item.client.currency} onDone={() => setDialog(null)} />
        </CaseModal>
        <CaseModal opened={dialog === 'split'} title={t('cases.money.split.title')} onClose={() => setDialog(null)}>
          <SplitPaymentForm item={item} onDone={() => setDialog(null)} />
        </CaseModal>
      </CaseSection>
      {/* Costs, plans and promises are about the same money: shown to the same people. */}
      <CaseCostsSection item={item} canEdit={canRegister} />
      <CaseArrangementsSection item={item} canEdit={canRegister} />
    </>
  );
}
