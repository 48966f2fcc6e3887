import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aCaseDetail, aCaseSummary, aSavedView, savedViews, teamOptions } from '@/features/cases/testing/case-fixtures';
import { moneyHiddenHandlers } from '@/features/cases/testing/money-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const noViews = graphql.query('SavedCaseViews', () => HttpResponse.json({ data: savedViews() }));
const oneCase = graphql.query('Cases', () =>
  HttpResponse.json({ data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } }),
);

afterEach(() => vi.restoreAllMocks());

describe('Cases → list', () => {
  beforeEach(() => server.use(...moneyHiddenHandlers()));

  it('lists cases with status, total and "Load more", and sends the chosen filters and sort', async () => {
    const asked: { filter: unknown; orderBy: unknown; after: unknown }[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      noViews,
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
    expect(within(table).getByRole('columnheader', { name: 'Open balance' })).toBeInTheDocument();
    expect(row).toHaveTextContent('€1,310.75');
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

  it('sends the amount, age and "without a plan" criteria and sorts by principal', async () => {
    const asked: { filter: unknown; orderBy: unknown }[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      noViews,
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('Cases', ({ variables }) => {
        asked.push({ filter: variables.filter, orderBy: variables.orderBy });
        return HttpResponse.json({ data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases');

    await user.type(await screen.findByRole('textbox', { name: 'Principal from' }), '1000,50');
    await user.type(screen.getByRole('textbox', { name: 'At least … days old' }), '30');
    await user.click(screen.getByRole('switch', { name: /Without a plan/ }));
    await user.click(screen.getByRole('combobox', { name: 'Sort' }));
    await user.click(await screen.findByRole('option', { name: 'Highest principal first' }));
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({
        filter: { principalMin: '1000.50', ageMinDays: 30, withoutPlan: true },
        orderBy: { field: 'PRINCIPAL_TOTAL', direction: 'DESC' },
      }),
    );
  });

  it('says what is wrong with a range and does not send it', async () => {
    const asked: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      noViews,
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('Cases', ({ variables }) => {
        asked.push(variables.filter);
        return HttpResponse.json({ data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases?min=500&max=100&ageMin=lots');

    const upper = await screen.findByRole('textbox', { name: 'Principal up to' });
    expect(upper).toHaveAccessibleDescription(expect.stringContaining('This is below the lower limit.'));
    expect(screen.getByRole('textbox', { name: 'At least … days old' })).toHaveAccessibleDescription(
      expect.stringContaining('Type a whole number of days.'),
    );
    expect(asked).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();

    await user.clear(upper);
    await user.type(upper, '900');
    await user.clear(screen.getByRole('textbox', { name: 'At least … days old' }));
    await vi.waitFor(() => expect(asked).toEqual([{ principalMin: '500', principalMax: '900' }]));
  });

  it('applies a saved view, and saves the current filters and sort under a new name', async () => {
    const asked: unknown[] = [];
    const saved: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('SavedCaseViews', () => HttpResponse.json({ data: savedViews([aSavedView()]) })),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('Cases', ({ variables }) => {
        asked.push({ filter: variables.filter, orderBy: variables.orderBy });
        return HttpResponse.json({ data: { cases: { nodes: [aCaseSummary()], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } } });
      }),
      graphql.mutation('SavedCaseViewCreate', ({ variables }) => {
        saved.push(variables.input);
        const input = variables.input as { name: string };
        if (input.name === 'Big and old') {
          return HttpResponse.json({
            data: { savedCaseViewCreate: { savedCaseView: null, userErrors: [{ code: 'SAVED_VIEW_NAME_ALREADY_USED', field: ['input', 'name'], message: 'x' }] } },
          });
        }
        return HttpResponse.json({ data: { savedCaseViewCreate: { savedCaseView: aSavedView({ id: 'U2F2ZWRDYXNlVmlldzoy', name: input.name }), userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/cases');

    await user.click(await screen.findByRole('combobox', { name: 'Saved view' }));
    await user.click(await screen.findByRole('option', { name: 'Big and old' }));

    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({
        filter: { statuses: ['ACTIVE'], principalMin: '1000.00', ageMinDays: 90, withoutPlan: true },
        orderBy: { field: 'PRINCIPAL_TOTAL', direction: 'DESC' },
      }),
    );
    expect(router.state.location.search).toBe('?status=ACTIVE&min=1000.00&ageMin=90&noPlan=1&sort=principal-desc');
    expect(screen.getByRole('textbox', { name: 'Principal from' })).toHaveValue('1000.00');

    await user.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the current filters and sort' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Big and old');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('You already have a view with this name.')).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Mine, too');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The view “Mine, too” has been saved.')).toBeInTheDocument();
    expect(saved.at(-1)).toEqual({
      name: 'Mine, too',
      filter: { statuses: ['ACTIVE'], principalMin: '1000.00', ageMinDays: 90, withoutPlan: true },
      orderBy: { field: 'PRINCIPAL_TOTAL', direction: 'DESC' },
    });
  });

  it('downloads the list as shown as CSV with the bearer token, and says when it is too large', async () => {
    const requests: { url: URL; authorization: string | null }[] = [];
    let tooLarge = false;
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      noViews,
      oneCase,
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      http.get('*/api/staff/v1/cases/export', ({ request }) => {
        requests.push({ url: new URL(request.url), authorization: request.headers.get('Authorization') });
        if (tooLarge) {
          return HttpResponse.json({ code: 'EXPORT_TOO_LARGE', status: 422 }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } });
        }
        return new HttpResponse('\uFEFFReference,Status\r\n', {
          headers: { 'Content-Type': 'text/csv;charset=utf-8', 'Content-Disposition': 'attachment; filename="cases-2026-03-02.csv"' },
        });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:cases');
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: createObjectURL });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderStaffApp('/cases?status=ACTIVE&status=NEW&min=100&noPlan=1&sort=principal-asc');

    await screen.findByRole('table', { name: 'Cases' });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText('cases-2026-03-02.csv has been downloaded.')).toBeInTheDocument();
    expect(requests[0]?.authorization).toBe(`Bearer token-for-${caseworker.id}`);
    const query = requests[0]?.url.searchParams;
    expect(query?.getAll('status')).toEqual(['ACTIVE', 'NEW']);
    expect(Object.fromEntries([...(query?.entries() ?? [])].filter(([name]) => name !== 'status'))).toEqual({
      principalMin: '100',
      withoutPlan: 'true',
      sort: 'PRINCIPAL_TOTAL',
      direction: 'ASC',
      language: 'EN',
    });
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(clicked).toHaveBeenCalledOnce();

    tooLarge = true;
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Too many cases for one file (at most 50,000). Narrow the filters and try again.')).toBeInTheDocument();
  });

  it('opens a case by its reference, and says so when there is none the user may see', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      noViews,
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
    server.use(...authHandlers({ signedInAs: agent }), noViews, oneCase);
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
      noViews,
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

  it('shows a client user the cases of their clients, without team filters, "My cases" or "Open a case"', async () => {
    const clientUser = aSessionUser({ id: 'VXNlcjo3', name: 'Cleo Client', email: 'client@vorda.example', roles: ['CLIENT_USER'] });
    server.use(...authHandlers({ signedInAs: clientUser }), noViews, oneCase);
    await renderStaffApp('/');

    expect(await screen.findByRole('table', { name: 'Cases' })).toBeInTheDocument();
    expect(screen.getByText('Cases of the clients you represent.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Cases' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Clients' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /My cases/ })).not.toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Without a plan/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Open a case' })).not.toBeInTheDocument();
  });
});
