import type { PartyAddressFieldsFragment, PartyDetailFieldsFragment, PartySummaryFieldsFragment } from '@/lib/graphql-types';

/** Test data for the parties screens (route tests with MSW). */
export function anAddress(overrides: Partial<PartyAddressFieldsFragment> = {}): PartyAddressFieldsFragment {
  return {
    id: 'QWRkcmVzczox',
    kind: 'RESIDENTIAL',
    street: 'Dorpsstraat',
    houseNumber: '12',
    houseNumberAddition: null,
    postcode: '1234 AB',
    city: 'Amsterdam',
    country: 'NL',
    validFrom: '2020-01-01',
    validUntil: null,
    ...overrides,
  };
}

export function aPartySummary(overrides: Partial<PartySummaryFieldsFragment> = {}): PartySummaryFieldsFragment {
  return {
    id: 'UGFydHk6MQ',
    kind: 'PERSON',
    displayName: 'Jan de Vries',
    person: { dateOfBirth: '1980-05-17' },
    organisation: null,
    addresses: [anAddress()],
    mergedInto: null,
    ...overrides,
  };
}

export function aPartyDetail(overrides: Partial<PartyDetailFieldsFragment> = {}): PartyDetailFieldsFragment {
  return {
    id: 'UGFydHk6MQ',
    kind: 'PERSON',
    displayName: 'Jan de Vries',
    language: 'NL',
    preferredChannel: 'EMAIL',
    createdAt: '2026-01-05T10:00:00Z',
    person: { givenNames: 'Jan', familyNamePrefix: 'de', familyName: 'Vries', dateOfBirth: '1980-05-17' },
    organisation: null,
    vulnerability: null,
    parent: null,
    children: { nodes: [], totalCount: 0 },
    addresses: [
      anAddress({ id: 'QWRkcmVzczoy', street: 'Nieuwe Weg', houseNumber: '3', postcode: '3511 AA', city: 'Utrecht', validFrom: '2025-03-01' }),
      anAddress({ validUntil: '2025-02-28' }),
    ],
    contactChannels: [
      { id: 'Q2hhbm5lbDox', kind: 'PHONE', value: '+31612345678', label: 'mobile', optedOut: false },
      { id: 'Q2hhbm5lbDoy', kind: 'EMAIL', value: 'jan@example.nl', label: null, optedOut: true },
    ],
    bankAccounts: [{ id: 'QmFuazox', iban: 'NL91ABNA0417164300', bic: null, holderName: null }],
    stays: [],
    notes: [{ id: 'Tm90ZTox', text: 'Called, promised to pay Friday.', author: 'Cas Caseworker', createdAt: '2026-02-01T09:00:00Z' }],
    history: [],
    mergedInto: null,
    ...overrides,
  };
}
