import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const supervisor = aSessionUser({ id: 'VXNlcjoy', name: 'Sam Supervisor', email: 'supervisor@vorda.example', roles: ['SUPERVISOR'] });

const lotte = { id: 'VXNlcjox', name: 'Lotte Leaving', active: true };
const holdings = [
  { user: lotte, openCount: 3, byStatus: [{ status: 'NEW', count: 1 }, { status: 'ACTIVE', count: 2 }] },
  { user: { id: 'VXNlcjo5', name: 'Gina Gone', active: false }, openCount: 1, byStatus: [{ status: 'ON_HOLD', count: 1 }] },
];

function handlers(answer: (input: Record<string, unknown>) => { movedCount: number; userErrors: unknown[] }, sent: Record<string, unknown>[], holdingsAsked = { count: 0 }) {
  return [
    ...authHandlers({ signedInAs: supervisor }),
    graphql.query('CaseHoldings', () => {
      holdingsAsked.count += 1;
      return HttpResponse.json({ data: { caseHoldings: holdings } });
    }),
    graphql.query('CaseTeamOptions', () =>
      HttpResponse.json({
        data: {
          teams: {
            nodes: [
              {
                id: 'VGVhbTox',
                name: 'Collections North',
                active: true,
                members: { nodes: [lotte, { id: 'VXNlcjo3', name: 'Tom Taking', active: true }, { id: 'VXNlcjo4', name: 'Olga Old', active: false }] },
              },
              { id: 'VGVhbToy', name: 'Archived Team', active: false, members: { nodes: [] } },
            ],
          },
        },
      }),
    ),
    graphql.mutation('CaseHandover', ({ variables }) => {
      const input = variables.input as Record<string, unknown>;
      sent.push(input);
      return HttpResponse.json({ data: { caseHandover: answer(input) } });
    }),
  ];
}

async function choose(user: ReturnType<typeof userEvent.setup>, name: string, option: string) {
  await user.click(await screen.findByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Hand over cases', () => {
  it('shows who holds how many cases by status and hands them over to a colleague in a team after a confirmation', async () => {
    const sent: Record<string, unknown>[] = [];
    const asked = { count: 0 };
    server.use(...handlers(() => ({ movedCount: 3, userErrors: [] }), sent, asked));
    const user = userEvent.setup();
    await renderStaffApp('/handover');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Hand over cases' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hand over cases' })).toBeInTheDocument();
    await user.click(await screen.findByRole('combobox', { name: 'Person leaving' }));
    expect(await screen.findByRole('option', { name: 'Gina Gone (deactivated, 1 open)' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Lotte Leaving (3 open)' }));

    const counts = screen.getByRole('table', { name: 'Open cases of Lotte Leaving by status' });
    expect(within(counts).getByRole('row', { name: 'New 1' })).toBeInTheDocument();
    expect(within(counts).getByRole('row', { name: 'Active 2' })).toBeInTheDocument();
    expect(within(counts).getByRole('row', { name: 'Total 3' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hand over 3 cases' }));
    expect(screen.getByText('Choose a colleague, a team or both.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Colleague' }));
    expect(screen.queryByRole('option', { name: 'Lotte Leaving' })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Olga Old' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Tom Taking' }));
    await choose(user, 'Team', 'Collections North');
    expect(screen.queryByText('Choose a colleague, a team or both.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hand over 3 cases' }));

    const dialog = await screen.findByRole('dialog', { name: 'Hand over cases' });
    expect(dialog).toHaveTextContent('Move 3 open cases of Lotte Leaving to Tom Taking in Collections North?');
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Hand over' }));

    expect(await screen.findByText('3 cases of Lotte Leaving now lie with Tom Taking in Collections North.')).toBeInTheDocument();
    expect(sent).toEqual([{ fromUserId: 'VXNlcjox', toUserId: 'VXNlcjo3', toTeamId: 'VGVhbTox' }]);
    await waitFor(() => expect(asked.count).toBe(2)); // the counts are asked again after the move
    expect(screen.queryByRole('table', { name: /Open cases of/ })).not.toBeInTheDocument();
  });

  it('shows a refusal on the colleague it is about and moves on nothing', async () => {
    const sent: Record<string, unknown>[] = [];
    server.use(...handlers(() => ({ movedCount: 0, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'toUserId'], message: 'x' }] }), sent));
    const user = userEvent.setup();
    await renderStaffApp('/handover');

    await choose(user, 'Person leaving', 'Lotte Leaving (3 open)');
    await choose(user, 'Colleague', 'Tom Taking');
    await user.click(screen.getByRole('button', { name: 'Hand over 3 cases' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Hand over cases' })).getByRole('button', { name: 'Hand over' }));

    expect(await screen.findByText('This item no longer exists. Reload the page.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Colleague' })).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([{ fromUserId: 'VXNlcjox', toUserId: 'VXNlcjo3', toTeamId: null }]);
    expect(screen.queryByText(/now lie with/)).not.toBeInTheDocument();
  });

  it('is neither in the navigation nor open for caseworkers', async () => {
    const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
    server.use(...authHandlers({ signedInAs: caseworker }));
    await renderStaffApp('/handover');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Hand over cases' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Cases' })).toBeInTheDocument();
  });
});
