import { graphql, HttpResponse } from 'msw';
import type { CaseDetailFieldsFragment, CaseSummaryFieldsFragment, CaseTeamOptionsQuery, SavedCaseViewFieldsFragment, SavedCaseViewsQuery } from '@/lib/graphql-types';

/** Test data for the case screens (route tests with MSW). */
export function aCaseSummary(overrides: Partial<CaseSummaryFieldsFragment> = {}): CaseSummaryFieldsFragment {
  return {
    id: 'Q2FzZTox',
    reference: '2026-000001',
    status: 'ACTIVE',
    statusReason: null,
    client: { id: 'Q2xpZW50OjE', name: 'Noordzee Energie B.V.' },
    debtors: [{ id: 'UGFydHk6MQ', displayName: 'Jan de Vries' }],
    principalTotal: { amount: '1250.50', currency: 'EUR' },
    openBalance: { amount: '1310.75', currency: 'EUR' },
    isOpenBalanceCurrent: true,
    team: { id: 'VGVhbTox', name: 'Collections North' },
    assignee: { id: 'VXNlcjoz', name: 'Cas Caseworker' },
    openedOn: '2026-03-02',
    ...overrides,
  };
}

export function aCaseDetail(overrides: Partial<CaseDetailFieldsFragment> = {}): CaseDetailFieldsFragment {
  return {
    id: 'Q2FzZTox',
    reference: '2026-000001',
    paymentReference: { scheme: 'NL_BETALINGSKENMERK', value: '1000202600000018', printed: '1000 2026 0000 0018' },
    status: 'ACTIVE',
    statusReason: null,
    client: { id: 'Q2xpZW50OjE', name: 'Noordzee Energie B.V.', jurisdiction: 'NL', currency: 'EUR', party: { id: 'UGFydHk6OQ' } },
    parties: [
      {
        role: 'DEBTOR',
        party: {
          id: 'UGFydHk6MQ',
          kind: 'PERSON',
          displayName: 'Jan de Vries',
          contactChannels: [
            { id: 'Q2hhbm5lbDox', kind: 'PHONE', value: '+31612345678', label: 'mobile', optedOut: false },
            { id: 'Q2hhbm5lbDoy', kind: 'EMAIL', value: 'jan@example.nl', label: null, optedOut: false },
          ],
        },
      },
      { role: 'GUARANTOR', party: { id: 'UGFydHk6Mg', kind: 'PERSON', displayName: 'Piet de Vries', contactChannels: [] } },
    ],
    claims: [
      {
        id: 'Q2xhaW06MQ',
        invoiceNumber: 'INV-1001',
        invoiceDate: '2026-01-05',
        dueDate: '2026-02-04',
        principal: { amount: '1000.00', currency: 'EUR' },
        description: 'Energy January',
        clientReference: 'K-77',
      },
      {
        id: 'Q2xhaW06Mg',
        invoiceNumber: 'INV-1002',
        invoiceDate: '2026-02-05',
        dueDate: '2026-03-06',
        principal: { amount: '250.50', currency: 'EUR' },
        description: null,
        clientReference: null,
      },
    ],
    principalTotal: { amount: '1250.50', currency: 'EUR' },
    team: { id: 'VGVhbTox', name: 'Collections North' },
    assignee: { id: 'VXNlcjoz', name: 'Cas Caseworker' },
    openedOn: '2026-03-02',
    closedOn: null,
    notes: [{ id: 'Tm90ZTox', text: 'Debtor called, will pay Friday.', author: 'caseworker@vorda.example', createdAt: '2026-03-03T09:00:00Z' }],
    timeline: [
      {
        id: 'RXZlbnQ6Mw',
        occurredAt: '2026-03-03T10:00:00Z',
        actor: 'caseworker@vorda.example',
        kind: 'STATUS_CHANGED',
        before: 'NEW',
        after: 'ACTIVE',
        detail: null,
      },
      {
        id: 'RXZlbnQ6MQ',
        occurredAt: '2026-03-02T08:00:00Z',
        actor: 'caseworker@vorda.example',
        kind: 'OPENED',
        before: null,
        after: '2026-000001',
        detail: '2 claim(s) for Noordzee Energie B.V.',
      },
    ],
    ...overrides,
  };
}

type TeamNode = CaseTeamOptionsQuery['teams']['nodes'][number];

export const northTeam: TeamNode = {
  id: 'VGVhbTox',
  name: 'Collections North',
  active: true,
  members: { nodes: [{ id: 'VXNlcjoz', name: 'Cas Caseworker', active: true }] },
};

export const southTeam: TeamNode = {
  id: 'VGVhbToy',
  name: 'Collections South',
  active: true,
  members: { nodes: [{ id: 'VXNlcjoy', name: 'Sam Supervisor', active: true }] },
};

export function teamOptions(teams: TeamNode[] = [northTeam, southTeam]): CaseTeamOptionsQuery {
  return { teams: { nodes: teams } };
}

export function aSavedView(overrides: Partial<SavedCaseViewFieldsFragment> = {}): SavedCaseViewFieldsFragment {
  return {
    id: 'U2F2ZWRDYXNlVmlldzox',
    name: 'Big and old',
    filter: {
      statuses: ['ACTIVE'],
      clientId: null,
      assigneeId: null,
      teamId: null,
      jurisdiction: null,
      mine: false,
      openedFrom: null,
      openedTo: null,
      principalMin: '1000.00',
      principalMax: null,
      ageMinDays: 90,
      ageMaxDays: null,
      withoutPlan: true,
    },
    orderBy: { field: 'PRINCIPAL_TOTAL', direction: 'DESC' },
    ...overrides,
  };
}

export function savedViews(views: SavedCaseViewFieldsFragment[] = []): SavedCaseViewsQuery {
  return { savedCaseViews: views };
}

/** For pages that list cases beside other things (a party's page): the party is in no case. */
export function noCasesHandler() {
  return graphql.query('Cases', () => HttpResponse.json({ data: { cases: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } }));
}
