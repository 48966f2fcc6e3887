import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ClientFieldsFragment } from '@/lib/graphql-types';
import { aClient } from '@/features/clients/testing/client-fixtures';
import { aPartyDetail } from '@/features/parties/testing/party-fixtures';
import { noCasesHandler } from '@/features/cases/testing/case-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const company = aPartyDetail({
  id: 'UGFydHk6OQ',
  kind: 'ORGANISATION',
  displayName: 'Noordzee Energie B.V.',
  person: null,
  organisation: { legalName: 'Noordzee Energie B.V.', tradeName: null, registrationScheme: 'KVK', registrationNumber: '12345678', vatNumber: null },
});

function partyHandlers(profile: ClientFieldsFragment | null) {
  return [
    graphql.query('PartyDetail', () => HttpResponse.json({ data: { node: company } })),
    graphql.query('ClientProfile', () =>
      HttpResponse.json({ data: { node: { id: company.id, displayName: company.displayName, mergedInto: null, clientProfile: profile } } }),
    ),
    graphql.query('ClientTeamOptions', () =>
      HttpResponse.json({ data: { teams: { nodes: [{ id: 'VGVhbTox', name: 'Collections North', active: true }] } } }),
    ),
    // the party page also lists the cases the party is in: a creditor is in none
    noCasesHandler(),
  ];
}

/** Accepts every client update and records its input. */
function clientUpdateHandler(sent: Record<string, unknown>[]) {
  return graphql.mutation('ClientUpdate', ({ variables }) => {
    sent.push(variables.input as Record<string, unknown>);
    return HttpResponse.json({ data: { clientUpdate: { client: aClient(), userErrors: [] } } });
  });
}

describe('Clients → client profile on a party page', () => {
  it('makes a party a client: the rate only for contractual interest, the currency from the jurisdiction, terms errors on their fields', async () => {
    const inputs: Record<string, unknown>[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...partyHandlers(null),
      graphql.mutation('ClientCreate', ({ variables }) => {
        inputs.push(variables.input as Record<string, unknown>);
        return HttpResponse.json({
          data: {
            clientCreate: {
              client: null,
              userErrors: [
                { code: 'INVALID_FORMAT', field: ['input', 'terms', 'contractualAnnualRatePercent'], message: 'Server English rate' },
                { code: 'INVALID_FORMAT', field: ['input', 'terms', 'adminCosts'], message: 'Server English fees' },
              ],
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6OQ');

    const section = await screen.findByRole('region', { name: 'Client profile' });
    expect(within(section).getByText('This party is not a client.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Make this party a client' }));
    const form = within(section).getByRole('form', { name: 'Make Noordzee Energie B.V. a client' });

    expect(within(form).getByRole('radio', { name: 'Statutory interest' })).toBeChecked();
    expect(within(form).queryByRole('textbox', { name: 'Contractual annual rate' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Contractual interest' }));
    expect(within(form).getByRole('textbox', { name: 'Contractual annual rate' })).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'No interest' }));
    expect(within(form).queryByRole('textbox', { name: 'Contractual annual rate' })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('combobox', { name: 'Jurisdiction' }));
    await user.click(await screen.findByRole('option', { name: 'Poland' }));
    expect(within(form).getByRole('combobox', { name: 'Currency' })).toHaveValue('PLN');
    await user.click(within(form).getByRole('combobox', { name: 'Jurisdiction' }));
    await user.click(await screen.findByRole('option', { name: 'Netherlands' }));
    expect(within(form).getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
    expect(within(form).getByRole('combobox', { name: 'Currency' })).toBeDisabled();

    await user.click(within(form).getByRole('radio', { name: 'Contractual interest' }));
    await user.type(within(form).getByRole('textbox', { name: 'Contractual annual rate' }), '150');
    await user.type(within(form).getByRole('textbox', { name: 'Penalty clause' }), '10');
    await user.type(within(form).getByRole('textbox', { name: 'Minimum penalty in EUR' }), '40');
    await user.click(within(form).getByRole('button', { name: 'Add a fee' }));
    await user.click(within(form).getByRole('combobox', { name: 'Action of fee 1' }));
    await user.click(await screen.findByRole('option', { name: 'First reminder' }));
    await user.type(within(form).getByRole('textbox', { name: 'Amount of fee 1' }), '15,00');
    await user.type(within(form).getByRole('textbox', { name: 'Commission' }), '12,5');
    await user.click(within(form).getByRole('button', { name: 'Make client' }));

    const rate = within(form).getByRole('textbox', { name: 'Contractual annual rate' });
    const feesError = await within(form).findByText('This value does not have the right format.', { selector: '[role=alert]' });
    expect(within(form).getByRole('group', { name: 'Administration fees' })).toContainElement(feesError);
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(/This value does not have the right format\./);
    expect(within(form).getByRole('textbox', { name: 'Commission' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/Server English/)).not.toBeInTheDocument();
    expect(inputs[0]).toEqual({
      partyId: 'UGFydHk6OQ',
      jurisdiction: 'NL',
      currency: 'EUR',
      terms: {
        interestBasis: 'CONTRACTUAL',
        transactionType: 'COMMERCIAL',
        contractualAnnualRatePercent: '150',
        penaltyClausePercent: '10',
        penaltyClauseMinimumAmount: '40',
        adminCosts: [{ action: 'FIRST_REMINDER', amount: '15.00' }],
        allocationOrder: 'JURISDICTION_DEFAULT',
        commissionPercent: '12.5',
        creditorCannotDeductVat: false,
      },
      contactIds: [],
    });
  });

  it('shows the terms of a client in the reader\'s words and edits them without the jurisdiction', async () => {
    const sent: Record<string, unknown>[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), ...partyHandlers(aClient()), clientUpdateHandler(sent));
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6OQ');

    const section = await screen.findByRole('region', { name: 'Client profile' });
    const facts = within(section).getByRole('table');
    expect(within(facts).getByRole('row', { name: /^Interest/ })).toHaveTextContent('Contractual, 8.5% a year');
    expect(within(facts).getByRole('row', { name: /^Penalty clause/ })).toHaveTextContent('10%, at least €40.00');
    expect(within(facts).getByRole('row', { name: /^Administration fees/ })).toHaveTextContent('First reminder: €15.00');
    expect(within(facts).getByRole('row', { name: /^Commission/ })).toHaveTextContent('12.5%');
    expect(within(facts).getByRole('row', { name: /^Remittance IBAN/ })).toHaveTextContent('NL91 ABNA 0417 1643 00');
    expect(within(facts).getByRole('link', { name: 'Karin Kok' })).toHaveAttribute('href', '/parties/UGFydHk6Mw');

    await user.click(within(section).getByRole('button', { name: 'Edit client profile' }));
    const form = within(section).getByRole('form', { name: 'Client profile of Noordzee Energie B.V.' });
    expect(within(form).getByRole('combobox', { name: 'Jurisdiction' })).toBeDisabled();
    expect(within(form).getByRole('textbox', { name: 'Contractual annual rate' })).toHaveValue('8.5');
    await user.clear(within(form).getByRole('textbox', { name: 'Contractual annual rate' }));
    await user.type(within(form).getByRole('textbox', { name: 'Contractual annual rate' }), '9');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The client profile of Noordzee Energie B.V. has been saved.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      clientId: 'Q2xpZW50OjE',
      currency: 'EUR',
      remittanceIban: 'NL91ABNA0417164300',
      defaultTeamId: 'VGVhbTox',
      contactIds: ['UGFydHk6Mw'],
      terms: { interestBasis: 'CONTRACTUAL', contractualAnnualRatePercent: '9', adminCosts: [{ action: 'FIRST_REMINDER', amount: '15.00' }] },
    });
    expect(sent[0]).not.toHaveProperty('jurisdiction');
  });

  it('removes the default team when the field is cleared', async () => {
    const sent: Record<string, unknown>[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), ...partyHandlers(aClient()), clientUpdateHandler(sent));
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6OQ');

    const section = await screen.findByRole('region', { name: 'Client profile' });
    await user.click(within(section).getByRole('button', { name: 'Edit client profile' }));
    const form = within(section).getByRole('form', { name: 'Client profile of Noordzee Energie B.V.' });
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Default team' })).toHaveValue('Collections North'));
    await user.click(within(form).getByRole('button', { name: 'Remove the default team' }));
    expect(within(form).getByRole('combobox', { name: 'Default team' })).toHaveValue('');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByText('The client profile of Noordzee Energie B.V. has been saved.');
    expect(sent[0]).toHaveProperty('defaultTeamId', null);
  });

  it('shows a field agent no client profile', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Finn Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    server.use(...authHandlers({ signedInAs: agent }), graphql.query('PartyDetail', () => HttpResponse.json({ data: { node: company } })));
    await renderStaffApp('/parties/UGFydHk6OQ');

    expect(await screen.findByRole('heading', { level: 1, name: 'Noordzee Energie B.V.' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Client profile' })).not.toBeInTheDocument();
  });
});

describe('Clients → list', () => {
  it('searches by name and jurisdiction, and links each client to its party', async () => {
    const filters: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('Clients', ({ variables }) => {
        filters.push(variables.filter);
        return HttpResponse.json({
          data: {
            clients: {
              nodes: [
                {
                  id: 'Q2xpZW50OjE',
                  name: 'Noordzee Energie B.V.',
                  jurisdiction: 'NL',
                  currency: 'EUR',
                  party: { id: 'UGFydHk6OQ' },
                  terms: { interestBasis: 'STATUTORY' },
                  defaultTeam: { id: 'VGVhbTox', name: 'Collections North' },
                  createdAt: '2026-01-10T09:00:00Z',
                },
              ],
              pageInfo: { hasNextPage: false, endCursor: null },
              totalCount: 1,
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/clients');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Clients' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Clients' });
    expect(within(table).getByRole('link', { name: 'Noordzee Energie B.V.' })).toHaveAttribute('href', '/parties/UGFydHk6OQ');
    expect(within(table).getByRole('row', { name: /Noordzee/ })).toHaveTextContent('Statutory interest');
    expect(screen.getByText('Clients found: 1')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'noord');
    await user.click(screen.getByRole('combobox', { name: 'Jurisdiction' }));
    await user.click(await screen.findByRole('option', { name: 'Netherlands' }));
    await waitFor(() => expect(filters.at(-1)).toEqual({ search: 'noord', jurisdiction: 'NL' }));
    expect(filters[0]).toEqual({});
  });
});
