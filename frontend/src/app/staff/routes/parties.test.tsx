import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aPartySummary } from '@/features/parties/testing/party-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });

describe('Parties → search', () => {
  it('shows quick-search hits, best first, with what matched', async () => {
    const asked: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('PartySearch', ({ variables }) => {
        asked.push(variables.text);
        return HttpResponse.json({
          data: {
            partySearch: [
              { party: aPartySummary(), matchedOn: 'IBAN', score: 9.5 },
              {
                party: aPartySummary({
                  id: 'UGFydHk6Mg',
                  kind: 'ORGANISATION',
                  displayName: 'Vries Bouw B.V.',
                  person: null,
                  organisation: { registrationScheme: 'KVK', registrationNumber: '12345678' },
                }),
                matchedOn: 'NAME',
                score: 2.1,
              },
            ],
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Parties' })).toHaveAttribute('aria-current', 'page');
    const box = screen.getByRole('searchbox', { name: 'Quick search' });
    expect(box).toHaveFocus();
    await user.type(box, 'NL91 ABNA{Enter}');

    const results = await screen.findByRole('list', { name: 'Search results' });
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Jan de Vries' })).toHaveAttribute('href', '/parties/UGFydHk6MQ');
    expect(items[0]).toHaveTextContent('Matched on IBAN');
    expect(items[0]).toHaveTextContent('Dorpsstraat 12, 1234 AB Amsterdam');
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'Vries Bouw B.V.' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Matched on name');
    expect(items[1]).toHaveTextContent('KVK (Dutch Chamber of Commerce) 12345678');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Parties found: 2');
    expect(asked.at(-1)).toBe('NL91 ABNA');
  });

  it('sends only the filled-in criteria of the advanced search and pages with "Load more"', async () => {
    const filters: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('Parties', ({ variables }) => {
        filters.push(variables.filter);
        const more = variables.after == null;
        return HttpResponse.json({
          data: {
            parties: {
              nodes: [more ? aPartySummary() : aPartySummary({ id: 'UGFydHk6Mw', displayName: 'Jan de Vries jr.' })],
              pageInfo: { hasNextPage: more, endCursor: more ? 'c1' : null },
              totalCount: 2,
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/parties');

    await user.click(await screen.findByRole('button', { name: 'Advanced search' }));
    const form = screen.getByRole('form', { name: 'Advanced search' });
    await user.type(within(form).getByRole('textbox', { name: 'Postcode' }), '1234 ab');
    await user.type(within(form).getByRole('textbox', { name: 'House number' }), '12');
    await user.click(within(form).getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('rowheader', { name: 'Jan de Vries' })).toBeInTheDocument();
    expect(filters[0]).toEqual({ postcode: '1234 ab', houseNumber: '12' });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('rowheader', { name: 'Jan de Vries jr.' })).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 parties')).toBeInTheDocument();
  });

  it('keeps client users out: no navigation entry and a not-allowed page', async () => {
    const client = aSessionUser({ id: 'VXNlcjo3', name: 'Cleo Client', email: 'client@vorda.example', roles: ['CLIENT_USER'] });
    server.use(...authHandlers({ signedInAs: client }));
    await renderStaffApp('/parties');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Parties' })).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox', { name: 'Quick search' })).not.toBeInTheDocument();
  });
});
