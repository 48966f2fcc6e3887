import { graphql, HttpResponse } from 'msw';
import type { BalanceFieldsFragment, CaseMoneyQuery } from '@/lib/graphql-types';

type CaseMoney = NonNullable<Extract<NonNullable<CaseMoneyQuery['node']>, { money?: unknown }>['money']>;

const eur = (amount: string) => ({ amount, currency: 'EUR' });

export function aBalance(overrides: Partial<Record<keyof BalanceFieldsFragment, string>> = {}): BalanceFieldsFragment {
  const amounts = { principal: '1000.00', interest: '12.34', costs: '150.00', paid: '100.00', credit: '0.00', open: '1162.34', ...overrides };
  return Object.fromEntries(Object.entries(amounts).map(([key, amount]) => [key, eur(amount)])) as BalanceFieldsFragment;
}

/** A statement of account: one claim with two interest lines (the second on an unconfirmed rate), a BIK cost and one payment. */
export function aCaseMoney(overrides: Partial<CaseMoney> = {}): CaseMoney {
  const claim = { id: 'Q2xhaW06MQ', invoiceNumber: 'INV-1001' };
  return {
    asOf: '2026-03-02',
    isInterestConfirmed: false,
    balance: aBalance(),
    claims: [
      {
        claim,
        balance: aBalance(),
        interestRule: 'NL_STATUTORY, capitalised yearly',
        isInterestConfirmed: false,
        interestPeriods: [
          { firstDate: '2026-01-01', lastDate: '2026-01-31', days: 31, annualRatePercent: '4', base: eur('1000.00'), interest: eur('3.40'), isConfirmed: true },
          { firstDate: '2026-02-01', lastDate: '2026-03-02', days: 30, annualRatePercent: '10.25', base: eur('1000.00'), interest: eur('8.94'), isConfirmed: false },
        ],
        charges: [
          { id: 'UG9zdGluZzox', kind: 'COST', amount: eur('150.00'), valueDate: '2026-02-15', explanation: 'BIK (art. 2 Besluit): 15 % of 1,000.00', isReversed: false },
        ],
      },
    ],
    payments: [
      {
        payment: { id: 'UGF5bWVudDox', method: 'BANK_TRANSFER', note: 'first part' },
        valueDate: '2026-02-20',
        amount: eur('100.00'),
        isReversed: false,
        credit: eur('0.00'),
        allocations: [
          { claim, component: 'COST', amount: eur('90.00') },
          { claim, component: 'INTEREST', amount: eur('10.00') },
        ],
      },
    ],
    ...overrides,
  };
}

export function aCaseMoneyAnswer(money: CaseMoney | null = aCaseMoney()): CaseMoneyQuery {
  return { node: { __typename: 'Case', id: 'Q2FzZTox', money } } as CaseMoneyQuery;
}

/** A statement with nothing on it yet: for case-page tests about the sections beside the money. */
export function anEmptyCaseMoney(): CaseMoney {
  const zero = { amount: '0.00', currency: 'EUR' };
  return {
    asOf: '2026-03-02',
    isInterestConfirmed: true,
    balance: { principal: zero, interest: zero, costs: zero, paid: zero, credit: zero, open: zero },
    claims: [],
    payments: [],
  } as CaseMoney;
}

/** For case-page tests about other things: the money, cost and arrangement queries answer as for someone who may not see them. */
export function moneyHiddenHandlers() {
  return [
    graphql.query('CaseMoney', () => HttpResponse.json({ data: aCaseMoneyAnswer(null) })),
    graphql.query('CaseArrangements', () => HttpResponse.json({ data: { node: null } })),
    graphql.query('CaseReminders', () => HttpResponse.json({ data: { node: { __typename: 'Case', id: 'Q2FzZTox', reminders: [] } } })),
    graphql.query('CaseStatutoryCosts', () => HttpResponse.json({ data: { caseStatutoryCosts: null } })),
  ];
}
