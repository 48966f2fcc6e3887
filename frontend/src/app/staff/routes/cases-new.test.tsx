import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCaseDetail, teamOptions } from '@/features/cases/testing/case-fixtures';
import { moneyHiddenHandlers } from '@/features/cases/testing/money-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const client = {
  id: 'Q2xpZW50OjE',
  name: 'Noordzee Energie B.V.',
  jurisdiction: 'NL',
  currency: 'EUR',
  defaultTeam: { id: 'VGVhbTox', name: 'Collections North' },
};

function optionHandlers() {
  return [
    graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: teamOptions() })),
    graphql.query('CaseClientOptions', () => HttpResponse.json({ data: { clients: { nodes: [client] } } })),
    graphql.query('CasePartyName', ({ variables }) =>
      HttpResponse.json({ data: { node: { id: variables.id, displayName: 'Jan de Vries', mergedInto: null } } }),
    ),
    graphql.query('CaseDetail', ({ variables }) => HttpResponse.json({ data: { node: aCaseDetail({ id: String(variables.id), status: 'NEW' }) } })),
  ];
}

async function fillClaim(user: ReturnType<typeof userEvent.setup>, group: HTMLElement, claim: { number: string; invoiceDate: string; dueDate: string; amount: string }) {
  await user.type(within(group).getByRole('textbox', { name: 'Invoice number' }), claim.number);
  fireEvent.change(within(group).getByLabelText(/^Invoice date/), { target: { value: claim.invoiceDate } });
  fireEvent.change(within(group).getByLabelText(/^Due date/), { target: { value: claim.dueDate } });
  await user.type(within(group).getByRole('textbox', { name: /^Amount/ }), claim.amount);
}

describe('Cases → open a case', () => {
  beforeEach(() => server.use(...moneyHiddenHandlers()));

  it('puts a claim error on the right row, and opens the case once it is right', async () => {
    const inputs: Record<string, unknown>[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...optionHandlers(),
      graphql.mutation('CaseOpen', ({ variables }) => {
        inputs.push(variables.input as Record<string, unknown>);
        if (inputs.length === 1) {
          return HttpResponse.json({
            data: {
              caseOpen: {
                case: null,
                userErrors: [{ code: 'INVALID_CLAIM', field: ['input', 'claims', '1', 'dueDate'], message: 'Server English' }],
              },
            },
          });
        }
        return HttpResponse.json({ data: { caseOpen: { case: { id: 'Q2FzZTo3', reference: '2026-000007' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    const { router } = await renderStaffApp('/cases/new?debtor=UGFydHk6MQ');

    const form = await screen.findByRole('form', { name: 'Open a case' });
    expect(within(form).getByRole('list', { name: 'Chosen debtors' })).toHaveTextContent('Jan de Vries');
    await user.click(within(form).getByRole('combobox', { name: 'Client' }));
    await user.click(await screen.findByRole('option', { name: 'Noordzee Energie B.V.' }));
    expect(within(form).getByText('Jurisdiction: Netherlands. Amounts in EUR.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Team' })).toHaveValue('Collections North');
    expect(within(form).getByRole('textbox', { name: 'Amount in EUR' })).toBeInTheDocument();

    await fillClaim(user, within(form).getByRole('group', { name: 'Claim 1' }), {
      number: 'INV-1001',
      invoiceDate: '2026-01-05',
      dueDate: '2026-02-04',
      amount: '1000',
    });
    await user.click(within(form).getByRole('button', { name: 'Add a claim' }));
    const second = within(form).getByRole('group', { name: 'Claim 2' });
    expect(within(second).getByRole('textbox', { name: 'Invoice number' })).toHaveFocus();
    await fillClaim(user, second, { number: 'INV-1002', invoiceDate: '2026-02-05', dueDate: '2026-03-06', amount: '250,50' });
    await user.click(within(form).getByRole('button', { name: 'Open case' }));

    const secondDue = within(second).getByLabelText(/^Due date/);
    await screen.findByText('The due date cannot be before the invoice date.');
    expect(secondDue).toHaveAttribute('aria-invalid', 'true');
    expect(secondDue).toHaveAccessibleDescription('The due date cannot be before the invoice date.');
    await waitFor(() => expect(secondDue).toHaveFocus());
    expect(within(within(form).getByRole('group', { name: 'Claim 1' })).getByLabelText(/^Due date/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Server English')).not.toBeInTheDocument();
    expect(inputs[0]).toEqual({
      clientId: 'Q2xpZW50OjE',
      debtorIds: ['UGFydHk6MQ'],
      claims: [
        { invoiceNumber: 'INV-1001', invoiceDate: '2026-01-05', dueDate: '2026-02-04', principalAmount: '1000' },
        { invoiceNumber: 'INV-1002', invoiceDate: '2026-02-05', dueDate: '2026-03-06', principalAmount: '250.50' },
      ],
      teamId: 'VGVhbTox',
    });

    await user.click(within(form).getByRole('button', { name: 'Open case' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case 2026-000001' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cases/Q2FzZTo3');
    expect(screen.getByText('Case 2026-000007 has been opened.')).toBeInTheDocument();
  });

  it('checks the claims before sending: a due date before the invoice date and an amount that is no amount', async () => {
    let sent = false;
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      ...optionHandlers(),
      graphql.mutation('CaseOpen', () => {
        sent = true;
        return HttpResponse.json({ data: { caseOpen: { case: null, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/new');

    const form = await screen.findByRole('form', { name: 'Open a case' });
    await fillClaim(user, within(form).getByRole('group', { name: 'Claim 1' }), {
      number: 'INV-9',
      invoiceDate: '2026-02-05',
      dueDate: '2026-01-05',
      amount: '12,345.6',
    });
    await user.click(within(form).getByRole('button', { name: 'Open case' }));

    expect(await screen.findByText('The due date cannot be before the invoice date.')).toBeInTheDocument();
    expect(screen.getByText('Type an amount like 1250.50: digits, with at most 2 decimals.')).toBeInTheDocument();
    expect(screen.getByText('Add at least one debtor.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Client' })).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toBe(false);
  });

  it('links to creating a new debtor that comes back here with the client and debtors chosen so far', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }), ...optionHandlers());
    await renderStaffApp('/cases/new?debtor=UGFydHk6MQ');

    const link = await screen.findByRole('link', { name: 'Create a new debtor' });
    const target = new URL(link.getAttribute('href') ?? '', 'http://vorda.test');
    expect(target.pathname).toBe('/parties/new');
    expect(target.searchParams.get('returnTo')).toBe('/cases/new?debtor=UGFydHk6MQ');
  });

  it('keeps field agents out', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Finn Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    server.use(...authHandlers({ signedInAs: agent }));
    await renderStaffApp('/cases/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });
});
