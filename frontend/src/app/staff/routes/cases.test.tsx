import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aCaseDetail, aCaseSummary, teamOptions } from '@/features/cases/testing/case-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });

describe('Cases → list', () => {
  it('lists cases with status, total and "Load more", and sends the chosen filters and sort', async () => {
    const asked: { filter: unknown; orderBy: unknown; after: unknown }[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('Cases', ({ variables }) => {
        asked.push({ filter: variables.filter, orderBy: variables.orderBy, after: variables.after });
        const first = variables.after == null;
        return HttpResponse.json({
          data: {
            cases: {
              nodes: [
                first
                  ? aCaseSummary({ status: 'ON_HOLD', statusReason: 'DISPUTE' })
                  : aCaseSummary({ id: 'Q2FzZToy', reference: '2026-000002', team: null, assignee: null }),
              ],
              pageInfo: { hasNextPage: first, endCursor: first ? 'c1' : null },
              totalCount: 2,
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Cases' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Cases' });
    const row = within(table).getByRole('row', { name: /2026-000001/ });
    expect(within(row).getByRole('link', { name: '2026-000001' })).toHaveAttribute('href', '/cases/Q2FzZTox');
    expect(row).toHaveTextContent('Jan de Vries');
    expect(row).toHaveTextContent('Noordzee Energie B.V.');
    expect(row).toHaveTextContent('On hold · Dispute');
    expect(row).toHaveTextContent('€1,250.50');
    expect(row).toHaveTextContent('Collections North · Cas Caseworker');
    expect(row).toHaveTextContent('2 Mar 2026');
    expect(screen.getByText('Cases found: 2')).toBeInTheDocument();
    expect(asked[0]).toEqual({ filter: {}, orderBy: { field: 'OPENED_ON', direction: 'DESC' }, after: null });

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByRole('link', { name: '2026-000002' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /2026-000002/ })).toHaveTextContent('Not assigned');
    expect(screen.getByText('Showing 2 of 2 cases')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Active' }));
    await user.click(screen.getByRole('combobox', { name: 'Team' }));
    await user.click(await screen.findByRole('option', { name: 'Collections North' }));
    await user.click(screen.getByRole('switch', { name: /My cases/ }));
    await user.click(screen.getByRole('combobox', { name: 'Sort' }));
    await user.click(await screen.findByRole('option', { name: 'Reference, ascending' }));

    await screen.findByRole('button', { name: 'Clear filters' });
    expect(asked.at(-1)).toEqual({
      filter: { statuses: ['ACTIVE'], teamId: 'VGVhbTox', mine: true },
      orderBy: { field: 'REFERENCE', direction: 'ASC' },
      after: null,
    });
  });

  it('opens a case by its reference, and says so when there is none the user may see', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('Cases', () => HttpResponse.json({ data: { cases: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } })),
      graphql.query('CaseByReference', ({ variables }) =>
        HttpResponse.json({ data: { caseByReference: variables.reference === '2026-000001' ? { id: 'Q2FzZTox', reference: '2026-000001' } : null } }),
      ),
      graphql.query('CaseDetail', () => HttpResponse.json({ data: { node: aCaseDetail() } })),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/cases');

    const search = await screen.findByRole('search', { name: 'Go to case' });
    await user.type(within(search).getByRole('textbox', { name: 'Case reference' }), '2026-000999{Enter}');
    expect(await within(search).findByRole('alert')).toHaveTextContent('There is no case 2026-000999, or it is not one you may see.');

    await user.clear(within(search).getByRole('textbox', { name: 'Case reference' }));
    await user.type(within(search).getByRole('textbox', { name: 'Case reference' }), ' 2026-000001 ');
    await user.click(within(search).getByRole('button', { name: 'Show case' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case 2026-000001' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cases/Q2FzZTox');
  });

  it('shows a field agent no client or team filters and no "Open a case"', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Finn Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    server.use(
      ...authHandlers({ signedInAs: agent }),
      graphql.query('Cases', () => HttpResponse.json({ data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } })),
    );
    await renderStaffApp('/cases');

    expect(await screen.findByRole('table', { name: 'Cases' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Client' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open a case' })).not.toBeInTheDocument();
  });

  it('says "10,000+" when there are more cases than the server counts', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('Cases', () =>
        HttpResponse.json({
          data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: true, endCursor: 'c1' }, totalCount: 10000, totalCountCapped: true } },
        }),
      ),
    );
    await renderStaffApp('/cases');

    expect(await screen.findByText('Cases found: 10,000+')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 10,000+ cases')).toBeInTheDocument();
  });

  it('keeps client users out: no navigation entry and a not-allowed page', async () => {
    const clientUser = aSessionUser({ id: 'VXNlcjo3', name: 'Cleo Client', email: 'client@vorda.example', roles: ['CLIENT_USER'] });
    server.use(...authHandlers({ signedInAs: clientUser }));
    await renderStaffApp('/cases');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Cases' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Clients' })).not.toBeInTheDocument();
  });
});
