import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aPartyDetail, aPartySummary } from '@/features/parties/testing/party-fixtures';
import { noCasesHandler } from '@/features/cases/testing/case-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const existing = aPartySummary({ id: 'UGFydHk6MQ', displayName: 'Jan de Vries' });

/** The party, and (for staff who may see clients) that it is no client. */
function detailHandler() {
  return [
    graphql.query('PartyDetail', ({ variables }) =>
      HttpResponse.json({ data: { node: aPartyDetail({ id: String(variables.id), displayName: variables.id === 'UGFydHk6OQ' ? 'Jan de Vries (new)' : 'Jan de Vries' }) } }),
    ),
    graphql.query('ClientProfile', () => HttpResponse.json({ data: { node: null } })),
    noCasesHandler(),
  ];
}

async function fillPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: 'Given names' }), 'Jan');
  await user.type(screen.getByRole('textbox', { name: 'Prefix' }), 'de');
  await user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Vries');
  await user.type(screen.getByRole('textbox', { name: 'Street' }), 'Dorpsstraat');
  await user.type(screen.getByRole('textbox', { name: 'House number' }), '12');
  await user.type(screen.getByRole('textbox', { name: 'Postcode' }), '1234AB');
  await user.type(screen.getByRole('textbox', { name: 'City' }), 'Amsterdam');
  await user.type(screen.getByRole('textbox', { name: 'IBAN' }), 'NL91 ABNA 0417 1643 00');
}

describe('Parties → new party', () => {
  it('shows possible duplicates with their reasons, and "Create anyway" sends the same input with allowDuplicates', async () => {
    const inputs: Record<string, unknown>[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...detailHandler(),
      graphql.mutation('PartyCreate', ({ variables }) => {
        const input = variables.input as Record<string, unknown>;
        inputs.push(input);
        if (!input.allowDuplicates) {
          return HttpResponse.json({
            data: {
              partyCreate: {
                party: null,
                duplicates: [{ party: existing, reasons: ['SAME_IBAN', 'SAME_NAME_AND_POSTCODE'] }],
                userErrors: [{ code: 'POSSIBLE_DUPLICATE', field: null, message: 'Possible duplicates' }],
              },
            },
          });
        }
        return HttpResponse.json({
          data: { partyCreate: { party: { id: 'UGFydHk6OQ', displayName: 'Jan de Vries (new)' }, duplicates: [], userErrors: [] } },
        });
      }),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/parties/new');

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Create party' }));

    const warning = await screen.findByRole('heading', { name: 'Possible duplicates' });
    expect(warning).toHaveFocus();
    const candidates = screen.getByRole('list', { name: 'Possible duplicates' });
    expect(candidates).toHaveTextContent('Jan de Vries');
    expect(candidates).toHaveTextContent('Same IBAN');
    expect(candidates).toHaveTextContent('Same name and postcode');
    expect(screen.queryByText('Possible duplicates', { selector: '[role=alert]' })).not.toBeInTheDocument();
    expect(inputs[0]).toEqual({
      kind: 'PERSON',
      person: { givenNames: 'Jan', familyNamePrefix: 'de', familyName: 'Vries' },
      language: 'NL',
      address: { street: 'Dorpsstraat', houseNumber: '12', postcode: '1234AB', city: 'Amsterdam', country: 'NL' },
      iban: 'NL91 ABNA 0417 1643 00',
    });

    await user.click(screen.getByRole('button', { name: 'Create anyway' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries (new)' })).toBeInTheDocument();
    expect(inputs[1]).toEqual({ ...inputs[0], allowDuplicates: true });
    expect(router.state.location.pathname).toBe('/parties/UGFydHk6OQ');
  });

  it('"Use this one" opens the existing party', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...detailHandler(),
      graphql.mutation('PartyCreate', () =>
        HttpResponse.json({
          data: {
            partyCreate: {
              party: null,
              duplicates: [{ party: existing, reasons: ['SAME_IBAN'] }],
              userErrors: [{ code: 'POSSIBLE_DUPLICATE', field: null, message: 'x' }],
            },
          },
        }),
      ),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/parties/new');

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Create party' }));
    await user.click(await screen.findByRole('button', { name: 'Use this one: Jan de Vries' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/parties/UGFydHk6MQ');
  });

  it('puts a postcode error and an IBAN error on their fields, in words from the code', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.mutation('PartyCreate', () =>
        HttpResponse.json({
          data: {
            partyCreate: {
              party: null,
              duplicates: [],
              userErrors: [
                { code: 'INVALID_FORMAT', field: ['input', 'address', 'postcode'], message: 'Server English postcode' },
                { code: 'INVALID_FORMAT', field: ['input', 'iban'], message: 'Server English IBAN' },
              ],
            },
          },
        }),
      ),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/new');

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Create party' }));

    const postcode = screen.getByRole('textbox', { name: 'Postcode' });
    const iban = screen.getByRole('textbox', { name: 'IBAN' });
    await screen.findAllByText('This value does not have the right format.');
    expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(postcode).toHaveAccessibleDescription('This value does not have the right format.');
    expect(iban).toHaveAttribute('aria-invalid', 'true');
    expect(iban).toHaveAccessibleDescription(/This value does not have the right format\./);
    expect(screen.getByRole('textbox', { name: 'City' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/Server English/)).not.toBeInTheDocument();
    expect(screen.queryByText('This could not be done. Check your input and try again.')).not.toBeInTheDocument();
  });

  it('switches to organisation fields and prefills the parent from ?parent=', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('PartyName', () => HttpResponse.json({ data: { node: { id: 'UGFydHk6NQ', displayName: 'Acme B.V.', kind: 'ORGANISATION' } } })),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties/new?parent=UGFydHk6NQ');

    expect(await screen.findByRole('combobox', { name: 'Belongs to organisation' })).toHaveValue('Acme B.V.');
    await user.click(screen.getByRole('radio', { name: 'Organisation' }));
    expect(screen.getByRole('textbox', { name: 'Legal name' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Registration number' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Family name' })).not.toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Organisation' });
    expect(within(group).getByRole('textbox', { name: 'VAT number' })).toBeInTheDocument();
  });

  it('goes back to the case being opened, with the new party added as a debtor, when it came from there', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.mutation('PartyCreate', () =>
        HttpResponse.json({ data: { partyCreate: { party: { id: 'UGFydHk6OQ', displayName: 'Jan de Vries' }, duplicates: [], userErrors: [] } } }),
      ),
      graphql.query('CasePartyName', ({ variables }) =>
        HttpResponse.json({ data: { node: { id: variables.id, displayName: variables.id === 'UGFydHk6OQ' ? 'Jan de Vries' : 'Piet Jansen', mergedInto: null } } }),
      ),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: { teams: { nodes: [] } } })),
      graphql.query('CaseClientOptions', () => HttpResponse.json({ data: { clients: { nodes: [] } } })),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp(`/parties/new?returnTo=${encodeURIComponent('/cases/new?debtor=UGFydHk6Mg')}`);

    expect(await screen.findByText(/you go back to the case you are opening/)).toBeInTheDocument();
    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Create party' }));

    const debtors = await screen.findByRole('list', { name: 'Chosen debtors' });
    expect(router.state.location.pathname).toBe('/cases/new');
    expect(router.state.location.search).toBe('?debtor=UGFydHk6Mg&debtor=UGFydHk6OQ');
    expect(within(debtors).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Piet Jansen', 'Jan de Vries']);
  });

  it('never goes back to another site', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...detailHandler(),
      graphql.mutation('PartyCreate', () =>
        HttpResponse.json({ data: { partyCreate: { party: { id: 'UGFydHk6OQ', displayName: 'Jan de Vries (new)' }, duplicates: [], userErrors: [] } } }),
      ),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp(`/parties/new?returnTo=${encodeURIComponent('//evil.example/cases')}`);

    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: 'Create party' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries (new)' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/parties/UGFydHk6OQ');
  });
});
