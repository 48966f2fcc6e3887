import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCaseDetail, aCaseSummary } from '@/features/cases/testing/case-fixtures';
import { aCaseMoneyAnswer, anEmptyCaseMoney, moneyHiddenHandlers } from '@/features/cases/testing/money-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const eur = (amount: string) => ({ amount, currency: 'EUR' });
const older = aCaseSummary({ id: 'Q2FzZToy', reference: '2025-000777', openBalance: eur('80.00') });
const current = aCaseSummary();

describe('Cases → case page → split a payment', () => {
  const asked: unknown[] = [];
  beforeEach(() => {
    asked.length = 0;
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('CaseDetail', () => HttpResponse.json({ data: { node: aCaseDetail() } })),
      graphql.query('CaseMoney', () =>
        HttpResponse.json({
          data: aCaseMoneyAnswer(anEmptyCaseMoney()),
        }),
      ),
      graphql.query('Cases', ({ variables }) => {
        asked.push(variables.filter);
        return HttpResponse.json({ data: { cases: { nodes: [older, current], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 2 } } });
      }),
      ...moneyHiddenHandlers(),
    );
  });

  it('offers the debtor’s open cases and sends parts that the server finds do not add up, then a good split', async () => {
    const sent: unknown[] = [];
    server.use(
      graphql.mutation('PaymentSplit', ({ variables }) => {
        sent.push(variables.input);
        const userErrors =
          sent.length === 1 ? [{ code: 'SPLIT_DOES_NOT_ADD_UP', field: ['input', 'parts'], message: 'The parts add up to €90.00, the payment is €100.00.' }] : [];
        return HttpResponse.json({ data: { paymentSplit: { payment: userErrors.length ? null : { id: 'UGF5bWVudDox' }, userErrors } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const money = await screen.findByRole('region', { name: 'Money' });
    await user.click(within(money).getByRole('button', { name: 'Split a payment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Split one payment over the debtor’s cases' });
    const cases = await within(dialog).findByRole('table', { name: 'The debtor’s open cases, oldest first' });
    expect(within(cases).getAllByRole('row')).toHaveLength(3);
    expect(asked.at(-1)).toMatchObject({ partyId: 'UGFydHk6MQ' });
    expect(within(cases).getByRole('checkbox', { name: 'Include case 2026-000001' })).toBeChecked();
    expect(within(cases).getByRole('checkbox', { name: 'Include case 2025-000777' })).not.toBeChecked();

    await user.click(within(dialog).getByRole('radio', { name: 'In parts I name' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Amount/ }), '100');
    await user.type(within(cases).getByRole('textbox', { name: 'Part for case 2025-000777' }), '80');
    await user.type(within(cases).getByRole('textbox', { name: 'Part for case 2026-000001' }), '10');
    await user.click(within(dialog).getByRole('button', { name: 'Register and split' }));

    expect(await within(dialog).findByText('The parts do not add up to the payment. Change the parts or the amount.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      scheme: 'DESIGNATED',
      amount: '100',
      method: 'BANK_TRANSFER',
      payerId: 'UGFydHk6MQ',
      parts: [
        { caseId: 'Q2FzZToy', amount: '80' },
        { caseId: 'Q2FzZTox', amount: '10' },
      ],
    });

    await user.clear(within(cases).getByRole('textbox', { name: 'Part for case 2026-000001' }));
    await user.type(within(cases).getByRole('textbox', { name: 'Part for case 2026-000001' }), '20');
    await user.click(within(dialog).getByRole('button', { name: 'Register and split' }));

    expect(await screen.findByText('Payment registered and split over the cases.')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ parts: [{ caseId: 'Q2FzZToy', amount: '80' }, { caseId: 'Q2FzZTox', amount: '20' }] });
  });

  it('shares oldest case first over the cases ticked', async () => {
    const sent: unknown[] = [];
    server.use(
      graphql.mutation('PaymentSplit', ({ variables }) => {
        sent.push(variables.input);
        return HttpResponse.json({ data: { paymentSplit: { payment: { id: 'UGF5bWVudDox' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    await user.click(within(await screen.findByRole('region', { name: 'Money' })).getByRole('button', { name: 'Split a payment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Split one payment over the debtor’s cases' });
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Include case 2025-000777' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Amount/ }), '150,00');
    await user.click(within(dialog).getByRole('button', { name: 'Register and split' }));

    expect(await screen.findByText('Payment registered and split over the cases.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ scheme: 'OLDEST_CASE_FIRST', amount: '150.00', caseIds: ['Q2FzZTox', 'Q2FzZToy'] });
  });
});
