import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseStatutoryCostsQuery } from '@/lib/graphql-types';
import { aCaseDetail } from '@/features/cases/testing/case-fixtures';
import { aCaseMoneyAnswer, anEmptyCaseMoney, moneyHiddenHandlers } from '@/features/cases/testing/money-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
const eur = (amount: string) => ({ amount, currency: 'EUR' });

type Costs = NonNullable<CaseStatutoryCostsQuery['caseStatutoryCosts']>;

const bik = (overrides: Partial<Costs> = {}): Costs => ({
  assessedOn: '2026-03-02',
  total: eur('475.00'),
  isChargeable: false,
  chargeableFrom: null,
  isCharged: false,
  costs: [
    {
      claim: { id: 'Q2xhaW06MQ', invoiceNumber: 'INV-1001' },
      amount: eur('475.00'),
      rule: 'NL_BIK_SCALE',
      citation: 'Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2',
      cappedBy: null,
      cappedByCitation: null,
      chargeableFrom: null,
      isChargeable: false,
      lines: [
        { description: '15% of the first €2,500.00', rule: 'NL_BIK_SCALE', amount: eur('375.00') },
        { description: '10% of the next €1,000.00', rule: 'NL_BIK_SCALE', amount: eur('100.00') },
      ],
      explanation: ['Principal summed over the claims: €3,500.00'],
    },
  ],
  ...overrides,
});

const costsSection = () => screen.findByRole('region', { name: 'Reminders and collection costs' });

describe('Cases → case page → reminders and collection costs', () => {
  beforeEach(() =>
    server.use(
      ...authHandlers({ signedInAs: caseworker }),
      graphql.query('CaseDetail', () => HttpResponse.json({ data: { node: aCaseDetail() } })),
      // the money section must be visible for its neighbours to show: an empty statement will do
      graphql.query('CaseMoney', () =>
        HttpResponse.json({
          data: aCaseMoneyAnswer(anEmptyCaseMoney()),
        }),
      ),
      // the first handler for a query wins: the cost queries here are overridden by each test
      ...moneyHiddenHandlers(),
    ),
  );

  it('records the 14-day letter, which needs the day it was received, and then offers to charge the costs it made chargeable', async () => {
    let recorded: unknown = null;
    server.use(
      graphql.query('CaseStatutoryCosts', () =>
        HttpResponse.json({
          data: { caseStatutoryCosts: recorded ? bik({ isChargeable: true, chargeableFrom: '2026-02-27' }) : bik() },
        }),
      ),
      graphql.mutation('CaseReminderRecord', ({ variables }) => {
        recorded = variables.input;
        return HttpResponse.json({ data: { caseReminderRecord: { case: { id: 'Q2FzZTox' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/cases/Q2FzZTox');

    const section = await costsSection();
    expect(within(section).getByText('None recorded.')).toBeInTheDocument();
    expect(section).toHaveTextContent('€475.00 as assessed on 2 Mar 2026');
    expect(section).toHaveTextContent('Not chargeable yet: a required reminder is missing');
    expect(within(section).getByRole('table', { name: 'How the costs on invoice INV-1001 add up' })).toHaveTextContent('€375.00');
    expect(within(section).queryByRole('button', { name: /Charge/ })).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Record a reminder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reminder on case 2026-000001' });
    await user.clear(within(dialog).getByLabelText(/Sent on/));
    await user.type(within(dialog).getByLabelText(/Sent on/), '2026-02-10');
    await user.click(within(dialog).getByRole('button', { name: 'Record reminder' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    expect(recorded).toBeNull();

    await user.type(within(dialog).getByLabelText(/Received on/), '2026-02-12');
    await user.click(within(dialog).getByRole('button', { name: 'Record reminder' }));

    expect(await within(section).findByRole('button', { name: 'Charge €475.00' })).toBeInTheDocument();
    expect(recorded).toEqual({ caseId: 'Q2FzZTox', kind: 'NL_FOURTEEN_DAY_LETTER', sentOn: '2026-02-10', receivedOn: '2026-02-12', channel: 'POST' });
  });

  it('says why costs cannot be assessed and still shows the reminders', async () => {
    server.use(
      graphql.query('CaseStatutoryCosts', () =>
        HttpResponse.json({
          data: null,
          errors: [{ message: 'No NBP exchange rate for EUR on 2026-03-01.', extensions: { code: 'EXCHANGE_RATE_MISSING' } }],
        }),
      ),
    );
    await renderStaffApp('/cases/Q2FzZTox');

    const section = await costsSection();
    expect(await within(section).findByText('No NBP exchange rate for EUR on 2026-03-01.')).toBeInTheDocument();
    expect(within(section).getByText('None recorded.')).toBeInTheDocument();
  });
});
