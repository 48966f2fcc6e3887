import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aCaseSummary, noCasesHandler } from '@/features/cases/testing/case-fixtures';
import { aPartyDetail, aPartySummary } from '@/features/parties/testing/party-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const party = aPartyDetail({ vulnerability: { reason: 'debt counselling started', from: '2026-02-01', until: null } });

/** The party, and (for staff who may see clients) that it is no client. */
function detailHandler(detail = party) {
  return [
    graphql.query('PartyDetail', () => HttpResponse.json({ data: { node: detail } })),
    graphql.query('ClientProfile', () => HttpResponse.json({ data: { node: { id: detail.id, displayName: detail.displayName, mergedInto: detail.mergedInto, clientProfile: null } } })),
    noCasesHandler(),
  ];
}

const editActions = ['Edit details', 'Add address', 'Add phone or e-mail', 'Add bank account', 'Add period', 'Add note', 'Change vulnerability'];

describe('Parties → party page', () => {
  it('lists the cases the party is in, each a link to its page', async () => {
    const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
    const asked: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('Cases', ({ variables }) => {
        asked.push(variables.filter);
        return HttpResponse.json({ data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } });
      }),
      ...detailHandler(),
    );
    await renderStaffApp('/parties/UGFydHk6MQ');

    const section = await screen.findByRole('region', { name: 'Cases' });
    const table = await within(section).findByRole('table', { name: 'Cases this party is in (1), newest first' });
    expect(within(table).getByRole('link', { name: '2026-000001' })).toHaveAttribute('href', '/cases/Q2FzZTox');
    expect(table).toHaveTextContent('Noordzee Energie B.V.');
    expect(asked).toContainEqual({ partyId: 'UGFydHk6MQ' });
  });

  it('shows a field agent everything but no edit actions', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Fiona Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    server.use(...authHandlers({ signedInAs: agent }), ...detailHandler());
    await renderStaffApp('/parties/UGFydHk6MQ');

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' })).toBeInTheDocument();
    expect(screen.getByText('Vulnerable: debt counselling started (since 1 Feb 2026)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '+31612345678' })).toHaveAttribute('href', 'tel:+31612345678');
    expect(screen.getByRole('link', { name: 'jan@example.nl' })).toHaveAttribute('href', 'mailto:jan@example.nl');
    expect(screen.getByText('NL91 ABNA 0417 1643 00')).toBeInTheDocument();
    for (const name of [...editActions, 'Merge a duplicate into this party']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'New note' })).not.toBeInTheDocument();
  });

  it('lists the current address first and the ended ones with their period', async () => {
    const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
    server.use(...authHandlers({ signedInAs: caseworker }), ...detailHandler());
    await renderStaffApp('/parties/UGFydHk6MQ');

    const section = await screen.findByRole('region', { name: 'Addresses' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Nieuwe Weg 3, 3511 AA Utrecht');
    expect(items[0]).toHaveTextContent('Current');
    expect(items[0]).toHaveTextContent('since 1 Mar 2025');
    expect(items[1]).toHaveTextContent('Dorpsstraat 12, 1234 AB Amsterdam');
    expect(items[1]).toHaveTextContent('1 Jan 2020 – 28 Feb 2025');
    for (const name of editActions) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merge a duplicate into this party' })).not.toBeInTheDocument();
  });

  it('adds an address with a valid-from date and shows a postcode error on its field', async () => {
    const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
    let sent: Record<string, unknown> | undefined;
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...detailHandler(),
      graphql.mutation('PartyAddressAdd', ({ variables }) => {
        sent = variables.input as Record<string, unknown>;
        return HttpResponse.json({
          data: { partyAddressAdd: { party: null, userErrors: [{ code: 'INVALID_FORMAT', field: ['input', 'address', 'postcode'], message: 'x' }] } },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await user.click(await screen.findByRole('button', { name: 'Add address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add address' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Street' }), 'Kerkplein');
    await user.type(within(dialog).getByRole('textbox', { name: 'House number' }), '1');
    await user.type(within(dialog).getByRole('textbox', { name: 'Postcode' }), '99');
    await user.type(within(dialog).getByRole('textbox', { name: 'City' }), 'Delft');
    await user.click(within(dialog).getByRole('button', { name: 'Add address' }));

    const postcode = within(dialog).getByRole('textbox', { name: 'Postcode' });
    expect(await within(dialog).findByText('This value does not have the right format.')).toBeInTheDocument();
    expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toMatchObject({
      partyId: 'UGFydHk6MQ',
      address: { kind: 'RESIDENTIAL', street: 'Kerkplein', houseNumber: '1', postcode: '99', city: 'Delft', country: 'NL' },
    });
    expect(String((sent?.address as Record<string, unknown>).validFrom)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers a supervisor the merge, and a merged party links to its survivor without edit actions', async () => {
    const supervisor = aSessionUser({ id: 'VXNlcjoy', name: 'Sam Supervisor', email: 'supervisor@vorda.example', roles: ['SUPERVISOR'] });
    server.use(...authHandlers({ signedInAs: supervisor }), ...detailHandler());
    const first = await renderStaffApp('/parties/UGFydHk6MQ');
    expect(await screen.findByRole('button', { name: 'Merge a duplicate into this party' })).toBeInTheDocument();
    first.unmount();

    server.use(...detailHandler(aPartyDetail({ mergedInto: { id: 'UGFydHk6Mg', displayName: 'Jan de Vries (kept)' } })));
    await renderStaffApp('/parties/UGFydHk6MQ');
    expect(await screen.findByRole('link', { name: 'Jan de Vries (kept)' })).toHaveAttribute('href', '/parties/UGFydHk6Mg');
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merge a duplicate into this party' })).not.toBeInTheDocument();
  });

  it('merges a duplicate picked through the search into this party after a confirmation', async () => {
    const supervisor = aSessionUser({ id: 'VXNlcjoy', name: 'Sam Supervisor', email: 'supervisor@vorda.example', roles: ['SUPERVISOR'] });
    let merged: unknown;
    server.use(
      ...authHandlers({ signedInAs: supervisor }),
      ...detailHandler(),
      graphql.query('PartySearch', () =>
        HttpResponse.json({
          data: {
            partySearch: [
              { party: aPartySummary(), matchedOn: 'NAME', score: 3 },
              { party: aPartySummary({ id: 'UGFydHk6Nw', displayName: 'J. de Vries' }), matchedOn: 'NAME', score: 2 },
            ],
          },
        }),
      ),
      graphql.mutation('PartyMerge', ({ variables }) => {
        merged = variables.input;
        return HttpResponse.json({ data: { partyMerge: { party, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await user.click(await screen.findByRole('button', { name: 'Merge a duplicate into this party' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge a duplicate into this party' });
    expect(within(dialog).getByRole('button', { name: 'Merge' })).toBeDisabled();
    await user.type(within(dialog).getByRole('combobox', { name: 'Duplicate party' }), 'Vries');
    expect(screen.queryByRole('option', { name: 'Jan de Vries' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'J. de Vries' }));
    expect(within(dialog).getByText(/J\. de Vries will be merged into Jan de Vries\..*cannot be undone/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    await screen.findByText('J. de Vries has been merged into Jan de Vries.');
    expect(merged).toEqual({ survivorId: 'UGFydHk6MQ', duplicateId: 'UGFydHk6Nw' });
  });
});
