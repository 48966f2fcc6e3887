import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCaseDetail } from '@/features/cases/testing/case-fixtures';
import { aBalance, aCaseMoney, aCaseMoneyAnswer, moneyHiddenHandlers } from '@/features/cases/testing/money-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const supervisor = aSessionUser({ id: 'VXNlcjoy', name: 'Sue Supervisor', email: 'supervisor@vorda.example', roles: ['SUPERVISOR'] });

const detailHandler = () => graphql.query('CaseDetail', () => HttpResponse.json({ data: { node: aCaseDetail() } }));
const moneySection = () => screen.findByRole('region', { name: 'Money' });

describe('Cases → case page → money', () => {
  // Plans and promises are another test's subject; here they answer as for no plan.
  beforeEach(() => server.use(...moneyHiddenHandlers()));

  it('shows the balance, each claim with its interest lines and costs, and the payments with what they settled', async () => {
    const asked: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      detailHandler(),
      graphql.query('CaseMoney', ({ variables }) => {
        asked.push(variables.asOf);
        const money = variables.asOf === '2026-01-31' ? aCaseMoney({ asOf: '2026-01-31', balance: aBalance({ open: '1003.40' }) }) : aCaseMoney();
        return HttpResponse.json({ data: aCaseMoneyAnswer(money) });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const section = await moneySection();
    const balance = within(section).getByRole('table', { name: 'Balance on 2 Mar 2026' });
    expect(within(balance).getByRole('row', { name: /Principal/ })).toHaveTextContent('€1,000.00');
    expect(within(balance).getByRole('row', { name: /Costs/ })).toHaveTextContent('€150.00');
    expect(within(balance).getByRole('row', { name: /Open/ })).toHaveTextContent('€1,162.34');

    const interest = within(section).getByRole('table', { name: 'Interest on claim INV-1001' });
    const lines = within(interest).getAllByRole('row').slice(1);
    expect(lines[0]).toHaveTextContent('1 Jan 2026 – 31 Jan 2026');
    expect(lines[0]).toHaveTextContent('4.00 %');
    expect(lines[0]).not.toHaveTextContent('Unconfirmed rate');
    expect(lines[1]).toHaveTextContent('10.25 %');
    expect(lines[1]).toHaveTextContent('Unconfirmed rate');
    expect(lines[1]).toHaveTextContent('€8.94');

    const costs = within(section).getByRole('table', { name: 'Costs on claim INV-1001' });
    expect(costs).toHaveTextContent('BIK (art. 2 Besluit): 15 % of 1,000.00');

    const payments = within(section).getByRole('table', { name: 'Payments' });
    expect(payments).toHaveTextContent('Bank transfer');
    expect(payments).toHaveTextContent('INV-1001 · costs: €90.00');
    expect(payments).toHaveTextContent('INV-1001 · interest: €10.00');
    // Caseworkers may not reverse payments: the server refuses them, so the button is not offered.
    expect(within(payments).queryByRole('button', { name: /Reverse/ })).not.toBeInTheDocument();

    const day = within(section).getByLabelText('Balance at the end of');
    await user.clear(day);
    await user.type(day, '2026-01-31');
    expect(await within(section).findByRole('table', { name: 'Balance on 31 Jan 2026' })).toHaveTextContent('€1,003.40');
    expect(asked).toContain('2026-01-31');
  });

  it('leaves the money out for those the server shows no money', async () => {
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      detailHandler(),
      graphql.query('CaseMoney', () => HttpResponse.json({ data: aCaseMoneyAnswer(null) })),
    );
    await renderStaffApp('/cases/Q2FzZTox');
    expect(await screen.findByRole('region', { name: 'Claims' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Money' })).not.toBeInTheDocument();
  });

  it('registers a payment: a refused amount shows on its field, then the payment is booked and the balance reloads', async () => {
    const sent: Record<string, unknown>[] = [];
    let paid = false;
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      detailHandler(),
      graphql.query('CaseMoney', () =>
        HttpResponse.json({ data: aCaseMoneyAnswer(aCaseMoney({ balance: aBalance(paid ? { open: '862.34', paid: '400.00' } : {}) })) }),
      ),
      graphql.mutation('PaymentRegister', ({ variables }) => {
        sent.push(variables.input as Record<string, unknown>);
        if (sent.length === 1) {
          return HttpResponse.json({
            data: { paymentRegister: { payment: null, userErrors: [{ code: 'INVALID_AMOUNT', field: ['input', 'amount'], message: 'x' }] } },
          });
        }
        paid = true;
        return HttpResponse.json({ data: { paymentRegister: { payment: { id: 'UGF5bWVudDoy' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    await user.click(within(await moneySection()).getByRole('button', { name: 'Register payment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a payment on case 2026-000001' });
    const amount = within(dialog).getByRole('textbox', { name: 'Amount (EUR)' });
    expect(amount).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Register payment' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(amount, '300,00');
    await user.click(within(dialog).getByRole('combobox', { name: 'Method' }));
    await user.click(await screen.findByRole('option', { name: 'Cash' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'at the door');
    await user.click(within(dialog).getByRole('button', { name: 'Register payment' }));
    expect(await within(dialog).findByText('The amount must be more than zero.')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(sent[0]).toMatchObject({ caseId: 'Q2FzZTox', amount: '300.00', method: 'CASH', note: 'at the door' });

    await user.click(within(dialog).getByRole('button', { name: 'Register payment' }));
    expect(await screen.findByText('Payment registered.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Register a payment on case 2026-000001' })).not.toBeInTheDocument();
    const balance = within(await moneySection()).getByRole('table', { name: /Balance on/ });
    expect(await within(balance).findByText('€862.34')).toBeInTheDocument();
  });

  it('lets a supervisor reverse a payment with a reason', async () => {
    let sent: unknown;
    server.use(
      ...authHandlers({ signedInAs: supervisor }),
      detailHandler(),
      graphql.query('CaseMoney', () => {
        const money = aCaseMoney();
        const payments = sent ? money.payments.map((payment) => ({ ...payment, isReversed: true, allocations: [] })) : money.payments;
        return HttpResponse.json({ data: aCaseMoneyAnswer({ ...money, payments }) });
      }),
      graphql.mutation('PaymentReverse', ({ variables }) => {
        sent = variables.input;
        return HttpResponse.json({ data: { paymentReverse: { payment: { id: 'UGF5bWVudDox' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const payments = within(await moneySection()).getByRole('table', { name: 'Payments' });
    await user.click(within(payments).getByRole('button', { name: 'Reverse payment of €100.00 on 20 Feb 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reverse payment' });
    await user.click(within(dialog).getByRole('button', { name: 'Reverse payment' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Bounced');
    await user.click(within(dialog).getByRole('button', { name: 'Reverse payment' }));
    expect(await screen.findByText('Payment reversed.')).toBeInTheDocument();
    expect(sent).toEqual({ paymentId: 'UGF5bWVudDox', reason: 'Bounced' });
    expect(await within(payments).findByText('Reversed')).toBeInTheDocument();
  });
});
