import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });

function meHandler(user = caseworker) {
  return graphql.query('Me', () =>
    HttpResponse.json({ data: { me: { id: user.id, name: user.name, email: user.email, phone: null, language: 'EN', roles: user.roles, teams: [] } } }),
  );
}

const aCase = (id: string, reference: string, debtor: string) => ({
  id,
  reference,
  status: 'ACTIVE',
  client: { id: 'Q2xpZW50OjE', name: 'Energie B.V.' },
  debtors: [{ id: 'UGFydHk6MQ', displayName: debtor }],
});

type Sent = { text: string; first: number; withCases: boolean; withParties: boolean };

/** Answers the quick search with two cases and one party for any text but "nothing", and records what was asked. */
function searchHandler(sent: Sent[]) {
  return graphql.query('QuickSearch', ({ variables }) => {
    sent.push(variables as Sent);
    if (variables.text === 'nothing') return HttpResponse.json({ data: { caseSearch: [], partySearch: [] } });
    return HttpResponse.json({
      data: {
        caseSearch: [aCase('Q2FzZTox', '2026-000123', 'Femke de Boer'), aCase('Q2FzZToy', '2026-000077', 'Femke de Boer')],
        partySearch: [{ party: { id: 'UGFydHk6MQ', kind: 'PERSON', displayName: 'Femke de Boer' }, matchedOn: 'IBAN' }],
      },
    });
  });
}

async function openBox(name = 'Search cases and parties') {
  await screen.findByRole('navigation', { name: 'Main navigation' });
  return screen.getByRole('combobox', { name });
}

describe('the quick search in the staff header', () => {
  it('asks for cases and parties in one request, groups the hits and opens the one chosen with the arrow keys', async () => {
    const sent: Sent[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), meHandler(), searchHandler(sent));
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/profile');
    const box = await openBox();

    await user.type(box, 'NL91 ABNA');
    const listbox = await screen.findByRole('listbox', { name: 'Search results' });
    const cases = within(listbox).getByRole('group', { name: 'Cases' });
    const parties = within(listbox).getByRole('group', { name: 'Parties' });
    expect(within(cases).getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('2026-000123'),
      expect.stringContaining('2026-000077'),
    ]);
    expect(within(parties).getByRole('option')).toHaveTextContent('Femke de BoerMatched on IBAN');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status', { name: 'Quick search' })).toHaveTextContent('Cases found: 2. Parties found: 1.');
    expect(sent).toEqual([{ text: 'NL91 ABNA', first: 5, withCases: true, withParties: true }]);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = within(cases).getAllByRole('option')[1];
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(cases).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true'); // wrapped round
    await user.keyboard('{ArrowUp}{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/parties/UGFydHk6MQ'));
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the best hit with Enter and a click opens a case', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }), meHandler(), searchHandler([]));
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/profile');
    const box = await openBox();

    await user.type(box, '2026-000123');
    await screen.findByRole('listbox', { name: 'Search results' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/Q2FzZTox'));

    await user.type(box, 'Femke');
    await user.click(await screen.findByRole('option', { name: /2026-000077/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/Q2FzZToy'));
  });

  it('waits for two characters, says when nothing is found, closes with Escape and then empties the box', async () => {
    const sent: Sent[] = [];
    server.use(...authHandlers({ signedInAs: caseworker }), meHandler(), searchHandler(sent));
    const user = userEvent.setup();
    await renderStaffApp('/profile');
    const box = await openBox();

    await user.type(box, 'n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent).toEqual([]);
    expect(screen.queryByRole('listbox', { name: 'Search results' })).not.toBeInTheDocument();

    await user.type(box, 'othing');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Quick search' })).toHaveTextContent('Nothing found for “nothing”.'));
    expect(screen.getAllByText('Nothing found for “nothing”.').filter((element) => element.getAttribute('role') !== 'status')).toHaveLength(1);
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.clear(box);
    await user.type(box, 'Femke');
    await screen.findByRole('listbox', { name: 'Search results' });
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox', { name: 'Search results' })).not.toBeInTheDocument();
    expect(box).toHaveValue('Femke');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('takes the focus on "/" from anywhere but a text field', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }), meHandler(), searchHandler([]));
    const user = userEvent.setup();
    await renderStaffApp('/profile');
    const box = await openBox();
    expect(box).toHaveAttribute('aria-keyshortcuts', '/');

    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');

    const name = await screen.findByRole('textbox', { name: /name/i });
    await user.click(name);
    await user.keyboard('/');
    expect(name).toHaveFocus();
  });

  it('searches only cases for client users, who may see their clients\' cases but no parties', async () => {
    const clientUser = aSessionUser({ id: 'VXNlcjo5', name: 'Cleo Client', email: 'client@vorda.example', roles: ['CLIENT_USER'] });
    const sent: Sent[] = [];
    server.use(...authHandlers({ signedInAs: clientUser }), meHandler(clientUser), searchHandler(sent));
    const user = userEvent.setup();
    await renderStaffApp('/profile');

    // the box says what it searches: cases only
    await user.type(await openBox('Search cases'), '2026-000123');

    await screen.findByRole('listbox', { name: 'Search results' });
    expect(sent.at(-1)).toMatchObject({ text: '2026-000123', withCases: true, withParties: false });
  });
});
