import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CaseArrangementsQuery } from '@/lib/graphql-types';
import { aCaseDetail } from '@/features/cases/testing/case-fixtures';
import { aCaseMoneyAnswer } from '@/features/cases/testing/money-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const eur = (amount: string) => ({ amount, currency: 'EUR' });

type Arrangements = Extract<NonNullable<CaseArrangementsQuery['node']>, { promises?: unknown }>;
type Plan = NonNullable<Arrangements['paymentPlan']>;

const aPlan = (overrides: Partial<Plan> = {}): Plan => ({
  id: 'UGxhbjox',
  status: 'ACTIVE',
  frequency: 'MONTHLY',
  coveredAmount: eur('600.00'),
  paidAmount: eur('100.00'),
  missedCount: 1,
  startsOn: '2026-01-15',
  endedOn: null,
  endReason: null,
  scheduleCsv: 'number,kind,scheduled_on,due_on,amount,currency,paid_amount,paid_on,status\r\n',
  instalments: [
    { number: 1, kind: 'INSTALMENT', dueOn: '2026-02-02', amount: eur('100.00'), paidAmount: eur('100.00'), status: 'PAID' },
    { number: 2, kind: 'INSTALMENT', dueOn: '2026-03-02', amount: eur('100.00'), paidAmount: eur('0.00'), status: 'MISSED' },
    { number: 3, kind: 'INSTALMENT', dueOn: '2026-04-01', amount: eur('400.00'), paidAmount: eur('0.00'), status: 'OPEN' },
  ],
  ...overrides,
});

function arrangementsAnswer(plan: Plan | null, promises: Arrangements['promises'] = []) {
  return { node: { __typename: 'Case', id: 'Q2FzZTox', paymentPlan: plan, promises } };
}

const baseHandlers = () => [
  ...authHandlers({ signedInAs: caseworker }),
  graphql.query('CaseDetail', () => HttpResponse.json({ data: { node: aCaseDetail() } })),
  graphql.query('CaseMoney', () => HttpResponse.json({ data: aCaseMoneyAnswer() })),
];
const section = () => screen.findByRole('region', { name: 'Payment plan and promises' });

describe('Cases → case page → payment plan and promises', () => {
  it('shows the running plan with each instalment’s status and the promises, and cancels the plan with a reason', async () => {
    let cancelled: unknown;
    server.use(
      ...baseHandlers(),
      graphql.query('CaseArrangements', () =>
        HttpResponse.json({
          data: arrangementsAnswer(cancelled ? aPlan({ status: 'CANCELLED', endReason: 'Debtor asked' }) : aPlan(), [
            { id: 'UHJvbWlzZTox', promisedOn: '2026-03-10', amount: eur('50.00'), paidAmount: eur('0.00'), status: 'PENDING', note: 'by phone' },
          ]),
        }),
      ),
      graphql.mutation('PaymentPlanCancel', ({ variables }) => {
        cancelled = variables.input;
        return HttpResponse.json({ data: { paymentPlanCancel: { paymentPlan: { id: 'UGxhbjox' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const region = await section();
    const schedule = await within(region).findByRole('table', { name: 'Instalments' });
    const rows = within(schedule).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Paid');
    expect(rows[1]).toHaveTextContent('Missed');
    expect(rows[2]).toHaveTextContent('€400.00');
    expect(rows[2]).toHaveTextContent('Open');
    expect(region).toHaveTextContent('Paid €100.00 of €600.00; missed instalments: 1');
    expect(within(region).getByRole('table', { name: 'Promises to pay' })).toHaveTextContent('Pending');
    // A running plan is not set up twice.
    expect(within(region).queryByRole('button', { name: 'Set up payment plan' })).not.toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Cancel plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the payment plan' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Debtor asked');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel plan' }));
    expect(await screen.findByText('Payment plan cancelled.')).toBeInTheDocument();
    expect(cancelled).toEqual({ paymentPlanId: 'UGxhbjox', reason: 'Debtor asked' });
    expect(await within(region).findByText('Ended: Debtor asked')).toBeInTheDocument();
  });

  it('previews a schedule, shows a refusal on its field, and agrees the plan on the previewed balance', async () => {
    const previews: Record<string, unknown>[] = [];
    let created: Record<string, unknown> | undefined;
    server.use(
      ...baseHandlers(),
      graphql.query('CaseArrangements', () => HttpResponse.json({ data: arrangementsAnswer(created ? aPlan() : null) })),
      graphql.query('PaymentPlanPreview', ({ variables }) => {
        previews.push(variables.input as Record<string, unknown>);
        if (previews.length === 1) {
          return HttpResponse.json({
            data: { paymentPlanPreview: { preview: null, userErrors: [{ code: 'PAYMENT_PLAN_TOO_LONG', field: ['input', 'instalmentCount'], message: 'x' }] } },
          });
        }
        return HttpResponse.json({
          data: {
            paymentPlanPreview: {
              userErrors: [],
              preview: {
                openBalance: eur('600.00'),
                total: eur('600.00'),
                interestDuringPlan: 'FROZEN',
                instalments: [
                  { number: 0, kind: 'DOWN_PAYMENT', dueOn: '2026-03-02', amount: eur('100.00') },
                  { number: 1, kind: 'INSTALMENT', dueOn: '2026-04-01', amount: eur('250.00') },
                  { number: 2, kind: 'INSTALMENT', dueOn: '2026-05-01', amount: eur('250.00') },
                ],
              },
            },
          },
        });
      }),
      graphql.mutation('PaymentPlanCreate', ({ variables }) => {
        created = variables.input as Record<string, unknown>;
        return HttpResponse.json({ data: { paymentPlanCreate: { paymentPlan: { id: 'UGxhbjox' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const region = await section();
    await user.click(await within(region).findByRole('button', { name: 'Set up payment plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Payment plan for case 2026-000001' });
    const count = within(dialog).getByRole('textbox', { name: 'Number of instalments' });
    expect(count).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Show schedule' }));
    expect(await within(dialog).findByText('This plan would have too many instalments (at most 240).')).toBeInTheDocument();
    expect(count).toHaveAttribute('aria-invalid', 'true');

    await user.clear(count);
    await user.type(count, '2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Down payment' }), '100');
    await user.click(within(dialog).getByRole('button', { name: 'Show schedule' }));
    const proposed = await within(dialog).findByRole('table', { name: 'Proposed schedule' });
    expect(within(proposed).getAllByRole('row')[1]).toHaveTextContent('Down payment');
    expect(previews[1]).toMatchObject({ caseId: 'Q2FzZTox', instalmentCount: 2, frequency: 'MONTHLY', downPayment: '100' });

    await user.click(within(dialog).getByRole('button', { name: 'Agree plan' }));
    expect(await screen.findByText('Payment plan agreed.')).toBeInTheDocument();
    expect(created).toMatchObject({ instalmentCount: 2, downPayment: '100', openBalance: '600.00' });
    expect(await within(region).findByRole('table', { name: 'Instalments' })).toBeInTheDocument();
  });

  it('records a promise to pay', async () => {
    let promised: Record<string, unknown> | undefined;
    server.use(
      ...baseHandlers(),
      graphql.query('CaseArrangements', () =>
        HttpResponse.json({
          data: arrangementsAnswer(
            null,
            promised ? [{ id: 'UHJvbWlzZToy', promisedOn: String(promised.promisedOn), amount: eur('75.00'), paidAmount: eur('0.00'), status: 'PENDING', note: null }] : [],
          ),
        }),
      ),
      graphql.mutation('PromiseCreate', ({ variables }) => {
        promised = variables.input as Record<string, unknown>;
        return HttpResponse.json({ data: { promiseCreate: { promise: { id: 'UHJvbWlzZToy' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const region = await section();
    expect(await within(region).findByText('No promises to pay.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Record promise' }));
    const dialog = await screen.findByRole('dialog', { name: 'Promise to pay on case 2026-000001' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Amount (EUR)' }), '75');
    await user.click(within(dialog).getByRole('button', { name: 'Record promise' }));
    expect(await screen.findByText('Promise recorded.')).toBeInTheDocument();
    expect(promised).toMatchObject({ caseId: 'Q2FzZTox', amount: '75' });
    expect(await within(region).findByRole('table', { name: 'Promises to pay' })).toHaveTextContent('€75.00');
  });
});
