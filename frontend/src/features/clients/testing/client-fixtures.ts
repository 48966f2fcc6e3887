import type { ClientFieldsFragment } from '@/lib/graphql-types';

/** Test data for the client screens (route tests with MSW). */
export function aClient(overrides: Partial<ClientFieldsFragment> = {}): ClientFieldsFragment {
  return {
    id: 'Q2xpZW50OjE',
    name: 'Noordzee Energie B.V.',
    jurisdiction: 'NL',
    currency: 'EUR',
    terms: {
      interestBasis: 'CONTRACTUAL',
      transactionType: 'COMMERCIAL',
      contractualAnnualRatePercent: '8.5000',
      penaltyClausePercent: '10.0000',
      penaltyClauseMinimum: { amount: '40.00', currency: 'EUR' },
      adminCosts: [{ action: 'FIRST_REMINDER', amount: { amount: '15.00', currency: 'EUR' } }],
      allocationOrder: 'JURISDICTION_DEFAULT',
      commissionPercent: '12.5000',
      creditorCannotDeductVat: false,
    },
    contacts: [{ id: 'UGFydHk6Mw', displayName: 'Karin Kok' }],
    remittanceIban: 'NL91ABNA0417164300',
    defaultTeam: { id: 'VGVhbTox', name: 'Collections North' },
    createdAt: '2026-01-10T09:00:00Z',
    ...overrides,
  };
}
