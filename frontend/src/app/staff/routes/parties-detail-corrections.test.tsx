import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { aPartyDetail } from '@/features/parties/testing/party-fixtures';
import { noCasesHandler } from '@/features/cases/testing/case-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const party = aPartyDetail({ parent: { id: 'UGFydHk6NQ', displayName: 'Werkgever B.V.', kind: 'ORGANISATION' } });

function detailHandler(detail: PartyDetailFieldsFragment = party) {
  return [
    graphql.query('PartyDetail', () => HttpResponse.json({ data: { node: detail } })),
    graphql.query('ClientProfile', () => HttpResponse.json({ data: { node: { id: detail.id, displayName: detail.displayName, mergedInto: null, clientProfile: null } } })),
    noCasesHandler(),
  ];
}

/** Records the input of one mutation and answers it with the given userErrors. */
function mutation(name: string, field: string, sent: unknown[], userErrors: unknown[] = []) {
  return graphql.mutation(name, ({ variables }) => {
    sent.push(variables.input);
    return HttpResponse.json({ data: { [field]: { party: userErrors.length ? null : party, userErrors } } });
  });
}

describe('Parties → party page → corrections', () => {
  it('corrects a typing mistake in an address, keeping its first day', async () => {
    const sent: unknown[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), ...detailHandler(), mutation('PartyAddressCorrect', 'partyAddressCorrect', sent));
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await user.click(await screen.findByRole('button', { name: 'Correct Dorpsstraat 12, 1234 AB Amsterdam' }));
    const dialog = await screen.findByRole('dialog', { name: 'Correct address' });
    const street = within(dialog).getByRole('textbox', { name: 'Street' });
    expect(street).toHaveValue('Dorpsstraat');
    await user.clear(street);
    await user.type(street, 'Dorpsstraat-Oost');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));

    expect(await screen.findByText('The address has been corrected; the previous version is in the history.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        partyId: 'UGFydHk6MQ',
        addressId: 'QWRkcmVzczox',
        address: { kind: 'RESIDENTIAL', street: 'Dorpsstraat-Oost', houseNumber: '12', postcode: '1234 AB', city: 'Amsterdam', country: 'NL', validFrom: '2020-01-01' },
      },
    ]);
  });

  it('ends the current address on a last day after a confirmation, and offers no end for an ended one', async () => {
    const sent: unknown[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), ...detailHandler(), mutation('PartyAddressEnd', 'partyAddressEnd', sent));
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await screen.findByRole('button', { name: 'End Nieuwe Weg 3, 3511 AA Utrecht' });
    expect(screen.queryByRole('button', { name: 'End Dorpsstraat 12, 1234 AB Amsterdam' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End Nieuwe Weg 3, 3511 AA Utrecht' }));
    const dialog = await screen.findByRole('dialog', { name: 'End address' });
    expect(dialog).toHaveTextContent('stays in the address history');
    const lastDay = within(dialog).getByLabelText(/Last day at this address/);
    await user.clear(lastDay);
    await user.type(lastDay, '2025-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'End address' }));
    expect(within(dialog).getByText('The last day cannot be before the address started (1 Mar 2025).')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(lastDay);
    await user.type(lastDay, '2026-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'End address' }));

    expect(await screen.findByText('Nieuwe Weg 3, 3511 AA Utrecht has been ended.')).toBeInTheDocument();
    expect(sent).toEqual([{ partyId: 'UGFydHk6MQ', addressId: 'QWRkcmVzczoy', validUntil: '2026-03-31' }]);
  });

  it('removes an e-mail address only after a confirmation that says the preference goes with it', async () => {
    const sent: unknown[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), ...detailHandler(), mutation('PartyContactChannelRemove', 'partyContactChannelRemove', sent));
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await user.click(await screen.findByRole('button', { name: 'Remove jan@example.nl' }));
    let dialog = await screen.findByRole('dialog', { name: 'Remove contact channel' });
    expect(dialog).toHaveTextContent('the preference goes too');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Remove contact channel' })).not.toBeInTheDocument());
    expect(sent).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Remove +31612345678' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove contact channel' });
    expect(dialog).not.toHaveTextContent('preference');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('+31612345678 has been removed.')).toBeInTheDocument();
    expect(sent).toEqual([{ partyId: 'UGFydHk6MQ', channelId: 'Q2hhbm5lbDox' }]);
  });

  it('keeps the dialog open with the reason when the server refuses to remove a bank account', async () => {
    const sent: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...detailHandler(),
      mutation('PartyBankAccountRemove', 'partyBankAccountRemove', sent, [{ code: 'NOT_FOUND', field: ['input', 'bankAccountId'], message: 'x' }]),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await user.click(await screen.findByRole('button', { name: 'Remove bank account NL91 ABNA 0417 1643 00' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove bank account' });
    expect(dialog).toHaveTextContent('NL91 ABNA 0417 1643 00 will no longer be used or found.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This item no longer exists. Reload the page.');
    expect(sent).toEqual([{ partyId: 'UGFydHk6MQ', bankAccountId: 'QmFuazox' }]);
  });

  it('clears the preferred channel and the organisation with explicit nulls, and leaves the rest out', async () => {
    const sent: Record<string, unknown>[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...detailHandler(),
      // the organisation picker looks its old name up once while it empties
      graphql.query('PartySearch', () => HttpResponse.json({ data: { partySearch: [] } })),
      graphql.mutation('PartyUpdate', ({ variables }) => {
        sent.push(variables.input as Record<string, unknown>);
        return HttpResponse.json({ data: { partyUpdate: { party, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/UGFydHk6MQ');

    await user.click(await screen.findByRole('button', { name: 'Edit details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit details' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear the preferred channel' }));
    const parent = within(dialog).getByRole('combobox', { name: 'Belongs to organisation' });
    expect(parent).toHaveValue('Werkgever B.V.');
    await user.click(within(dialog).getByRole('button', { name: 'Clear Belongs to organisation' }));
    expect(parent).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ partyId: 'UGFydHk6MQ', preferredChannel: null, parentId: null });
  });

  it('shows the history to a field agent, without any correction actions', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Fiona Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    const withHistory = aPartyDetail({
      history: [
        { id: 'UGFydHlDaGFuZ2U6MQ', occurredAt: '2026-03-01T10:00:00Z', actor: 'caseworker@vorda.example', kind: 'PREFERRED_CHANNEL_CHANGED', before: 'EMAIL', after: null },
        { id: 'UGFydHlDaGFuZ2U6Mg', occurredAt: '2026-03-01T10:00:00Z', actor: 'caseworker@vorda.example', kind: 'BANK_ACCOUNT_REMOVED', before: 'NL02RABO0123456789', after: null },
        { id: 'UGFydHlDaGFuZ2U6Mw', occurredAt: '2026-02-01T10:00:00Z', actor: 'caseworker@vorda.example', kind: 'ADDRESS_CORRECTED', before: 'Dorpstraat 12', after: 'Dorpsstraat 12' },
      ],
    });
    server.use(...authHandlers({ signedInAs: agent }), ...detailHandler(withHistory));
    await renderStaffApp('/parties/UGFydHk6MQ');

    const history = await screen.findByRole('region', { name: 'History' });
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Preferred channel changed');
    expect(items[0]).toHaveTextContent('Was: E-mail');
    expect(items[1]).toHaveTextContent('Bank account removedWas: NL02RABO0123456789');
    expect(items[2]).toHaveTextContent('Dorpstraat 12 → Dorpsstraat 12');
    expect(screen.queryByRole('button', { name: /^(Correct|End|Remove) / })).not.toBeInTheDocument();
  });
});
