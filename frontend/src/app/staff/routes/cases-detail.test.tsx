import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { aCaseDetail, southTeam, teamOptions } from '@/features/cases/testing/case-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });

function detailHandler(detail: CaseDetailFieldsFragment | null = aCaseDetail()) {
  return graphql.query('CaseDetail', () => HttpResponse.json({ data: { node: detail } }));
}

const actionsGroup = () => screen.findByRole('group', { name: 'Case actions' });
const buttonNames = (group: HTMLElement) => within(group).getAllByRole('button').map((button) => button.textContent);

describe('Cases → case page', () => {
  it('shows the header, the phone book with tel: and mailto: links, the claims with their total and the timeline newest first', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }), detailHandler());
    await renderStaffApp('/cases/Q2FzZTox');

    expect(await screen.findByRole('heading', { level: 1, name: 'Case 2026-000001' })).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('1000 2026 0000 0018')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Noordzee Energie B.V.' })).toHaveAttribute('href', '/parties/UGFydHk6OQ');

    const phoneBook = screen.getByRole('region', { name: 'Parties and contact' });
    expect(within(phoneBook).getByRole('link', { name: '+31612345678' })).toHaveAttribute('href', 'tel:+31612345678');
    expect(within(phoneBook).getByRole('link', { name: 'jan@example.nl' })).toHaveAttribute('href', 'mailto:jan@example.nl');
    expect(within(phoneBook).getByText('Guarantor')).toBeInTheDocument();

    const claims = screen.getByRole('table', { name: 'Claims' });
    expect(within(claims).getByRole('rowheader', { name: 'INV-1001' })).toBeInTheDocument();
    expect(within(claims).getByRole('row', { name: /Total principal/ })).toHaveTextContent('€1,250.50');

    const timeline = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('listitem');
    expect(timeline[0]).toHaveTextContent('Status changed: New → Active');
    expect(timeline[1]).toHaveTextContent('Case opened: 2026-000001');
    expect(timeline[1]).toHaveTextContent('2 claim(s) for Noordzee Energie B.V.');
  });

  it('names what arrangements did on the timeline, with amounts as money', async () => {
    const event = { actor: 'system', before: null, after: null, detail: null };
    const detail = aCaseDetail({
      timeline: [
        { ...event, id: 'RXZlbnQ6OQ', occurredAt: '2026-04-08T00:30:00Z', kind: 'PLAN_BROKEN', detail: '2 instalment(s) missed' },
        { ...event, id: 'RXZlbnQ6OA', occurredAt: '2026-04-07T00:30:00Z', kind: 'INSTALMENT_MISSED', after: '333.33 EUR' },
        { ...event, id: 'RXZlbnQ6Nw', occurredAt: '2026-03-02T09:00:00Z', kind: 'PROMISE_MADE', after: '150.00 EUR' },
      ],
    });
    server.use(...authHandlers({ signedInAs: caseworker }), detailHandler(detail));
    await renderStaffApp('/cases/Q2FzZTox');

    const timeline = within(await screen.findByRole('region', { name: 'Timeline' })).getAllByRole('listitem');
    expect(timeline[0]).toHaveTextContent('Payment plan broken');
    expect(timeline[0]).toHaveTextContent('2 instalment(s) missed');
    expect(timeline[1]).toHaveTextContent('Instalment missed: €333.33');
    expect(timeline[2]).toHaveTextContent('Promise to pay: €150.00');
  });

  it('offers the actions that fit the status', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }), detailHandler(aCaseDetail({ status: 'NEW' })));
    const fresh = await renderStaffApp('/cases/Q2FzZTox');
    expect(buttonNames(await actionsGroup())).toEqual(['Start collection', 'Put on hold', 'Close case', 'Reassign']);
    expect(screen.getByRole('button', { name: 'Add claim' })).toBeInTheDocument();
    fresh.unmount();

    server.use(detailHandler(aCaseDetail({ status: 'ON_HOLD', statusReason: 'DISPUTE' })));
    const held = await renderStaffApp('/cases/Q2FzZTox');
    expect(buttonNames(await actionsGroup())).toEqual(['Release from hold', 'Close case', 'Reassign']);
    expect(screen.getByText('On hold · Dispute')).toBeInTheDocument();
    held.unmount();

    server.use(detailHandler(aCaseDetail({ status: 'CLOSED', statusReason: 'PAID', closedOn: '2026-04-01' })));
    await renderStaffApp('/cases/Q2FzZTox');
    expect(buttonNames(await actionsGroup())).toEqual(['Reopen', 'Reassign']);
    expect(screen.getByText('Closed · Paid')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add claim' })).not.toBeInTheDocument();
  });

  it('shows a field agent the case without any action or note form', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Finn Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    server.use(...authHandlers({ signedInAs: agent }), detailHandler());
    await renderStaffApp('/cases/Q2FzZTox');

    expect(await screen.findByRole('heading', { level: 1, name: 'Case 2026-000001' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Case actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add claim' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'New note' })).not.toBeInTheDocument();
  });

  it('puts a case on hold with the chosen reason and note', async () => {
    let sent: unknown;
    let status: CaseDetailFieldsFragment['status'] = 'ACTIVE';
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('CaseDetail', () =>
        HttpResponse.json({ data: { node: aCaseDetail({ status, statusReason: status === 'ON_HOLD' ? 'DISPUTE' : null }) } }),
      ),
      graphql.mutation('CaseHold', ({ variables }) => {
        sent = variables.input;
        status = 'ON_HOLD';
        return HttpResponse.json({ data: { caseHold: { case: aCaseDetail({ status, statusReason: 'DISPUTE' }), userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    await user.click(within(await actionsGroup()).getByRole('button', { name: 'Put on hold' }));
    const dialog = await screen.findByRole('dialog', { name: 'Put case 2026-000001 on hold' });
    await user.click(within(dialog).getByRole('button', { name: 'Put on hold' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.click(within(dialog).getByRole('combobox', { name: 'Reason for the hold' }));
    await user.click(await screen.findByRole('option', { name: 'Dispute' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Debtor says the meter reading is wrong.');
    await user.click(within(dialog).getByRole('button', { name: 'Put on hold' }));

    expect(await screen.findByText('Case 2026-000001 is on hold.')).toBeInTheDocument();
    expect(sent).toEqual({ caseId: 'Q2FzZTox', reason: 'DISPUTE', note: 'Debtor says the meter reading is wrong.' });
    expect(await screen.findByText('On hold · Dispute')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The notification's close button has a name (the theme's default, for every notification).
    const notice = screen.getByText('Case 2026-000001 is on hold.').closest('[role="alert"]') as HTMLElement;
    expect(within(notice).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('says in words from the code when the status changed meanwhile', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      detailHandler(aCaseDetail({ status: 'NEW' })),
      graphql.mutation('CaseActivate', () =>
        HttpResponse.json({
          data: { caseActivate: { case: null, userErrors: [{ code: 'INVALID_STATUS_TRANSITION', field: null, message: 'Server English' }] } },
        }),
      ),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    await user.click(within(await actionsGroup()).getByRole('button', { name: 'Start collection' }));
    expect(await screen.findByText(/The case's status does not allow this/)).toBeInTheDocument();
    expect(screen.queryByText('Server English')).not.toBeInTheDocument();
  });

  it('reassigns to another team, warns that the case will be out of sight, and then goes to the list', async () => {
    let sent: unknown;
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      detailHandler(),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
      graphql.query('CaseViewer', () => HttpResponse.json({ data: { me: { id: caseworker.id, teams: [{ id: 'VGVhbTox' }] } } })),
      graphql.mutation('CaseAssign', ({ variables }) => {
        sent = variables.input;
        return HttpResponse.json({ data: { caseAssign: { case: { id: 'Q2FzZTox' }, userErrors: [] } } });
      }),
      graphql.query('Cases', () => HttpResponse.json({ data: { cases: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } })),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/cases/Q2FzZTox');

    await user.click(within(await actionsGroup()).getByRole('button', { name: 'Reassign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reassign case 2026-000001' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Team' }));
    await user.click(await screen.findByRole('option', { name: southTeam.name }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Sam Supervisor' }));
    expect(within(dialog).getByText(/once the case is reassigned you can no longer see it/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reassign' }));

    expect(await screen.findByText('Case 2026-000001 now lies with Collections South.')).toBeInTheDocument();
    expect(sent).toEqual({ caseId: 'Q2FzZTox', teamId: 'VGVhbToy', assigneeId: 'VXNlcjoy' });
    expect(router.state.location.pathname).toBe('/cases');
  });

  it('shows the same not-found page for a case the user may not see as for a missing one', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }), detailHandler(null));
    await renderStaffApp('/cases/Q2FzZTo5OTk');

    expect(await screen.findByRole('heading', { level: 1, name: 'Case not found' })).toBeInTheDocument();
    expect(screen.getByText('This case does not exist or you may not see it.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to cases' })).toHaveAttribute('href', '/cases');
  });
});
