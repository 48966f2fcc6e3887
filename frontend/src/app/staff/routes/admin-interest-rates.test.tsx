import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { aRateTable } from '@/features/rates/testing/rate-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

describe('Administration → Interest rates', () => {
  it('shows a table newest first with sources, origins and an unconfirmed badge, and its rate over time', async () => {
    const asked: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser() }),
      graphql.query('InterestRateTable', ({ variables }) => {
        asked.push(variables.rate);
        return HttpResponse.json({ data: { interestRateTable: aRateTable() } });
      }),
    );
    await renderStaffApp('/admin/interest-rates');

    const rows = within(await screen.findByRole('table', { name: /Rows of NL statutory interest/ })).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('1 Jul 2026');
    expect(within(rows[1] as HTMLElement).getByText('Unconfirmed')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('Entered')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('admin@vorda.example')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Shipped')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).queryByText('Unconfirmed')).not.toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Stb. 2025, 400')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'NL statutory interest (art. 6:119 BW) over time' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Every entry made for this table/ })).toBeInTheDocument();
    expect(asked).toEqual(['NL_STATUTORY']);
  });

  it('adds a period with its source and confirmation, and shows a refusal on the field it names', async () => {
    const inputs: Record<string, unknown>[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser() }),
      graphql.query('InterestRateTable', () => HttpResponse.json({ data: { interestRateTable: aRateTable() } })),
      graphql.mutation('InterestRatePeriodAdd', ({ variables }) => {
        inputs.push(variables.input as Record<string, unknown>);
        if (inputs.length === 1) {
          return HttpResponse.json({
            data: {
              interestRatePeriodAdd: {
                entry: null,
                table: null,
                userErrors: [{ code: 'RATE_ALREADY_ENTERED', field: ['input', 'validFrom'], message: 'Server English' }],
              },
            },
          });
        }
        return HttpResponse.json({
          data: { interestRatePeriodAdd: { entry: { id: 'SW50ZXJlc3RSYXRlRW50cnk6Mg', validFrom: '2027-01-01' }, table: aRateTable(), userErrors: [] } },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/interest-rates');

    await user.click(await screen.findByRole('button', { name: 'Add a period' }));
    const form = await screen.findByRole('form', { name: /Rate period of NL statutory interest/ });
    await user.type(within(form).getByLabelText(/Valid from/), '2026-07-01');
    await user.type(within(form).getByRole('textbox', { name: /Annual rate/ }), '4,25');
    await user.type(within(form).getByRole('textbox', { name: /Source/ }), 'Stb. 2026, 300');
    await user.click(within(form).getByRole('checkbox', { name: /Checked against the official publication/ }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('A rate for this day is already entered. Correct that entry instead.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Valid from/)).toHaveAttribute('aria-invalid', 'true');
    expect(inputs[0]).toEqual({
      rate: 'NL_STATUTORY',
      validFrom: '2026-07-01',
      annualRatePercent: '4.25',
      publishedThrough: null,
      isConfirmed: true,
      source: 'Stb. 2026, 300',
    });

    await user.clear(within(form).getByLabelText(/Valid from/));
    await user.type(within(form).getByLabelText(/Valid from/), '2027-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /Rate period of/ })).not.toBeInTheDocument());
    expect(inputs[1]).toMatchObject({ validFrom: '2027-01-01' });
  });

  it('runs the calculator and shows the interest per period, marking unconfirmed lines', async () => {
    const inputs: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser() }),
      graphql.query('InterestRateTable', () => HttpResponse.json({ data: { interestRateTable: aRateTable() } })),
      graphql.query('InterestPreview', ({ variables }) => {
        inputs.push(variables.input);
        const eur = (amount: string) => ({ amount, currency: 'EUR' });
        return HttpResponse.json({
          data: {
            interestPreview: {
              interest: {
                total: eur('28.74'),
                isConfirmed: false,
                capitalised: eur('0.00'),
                periods: [
                  { firstDate: '2026-05-01', lastDate: '2026-06-30', days: 61, daysInYear: 365, annualRatePercent: '4', base: eur('2500.00'), interest: eur('16.71'), capitalisedAfter: eur('0.00'), isConfirmed: true, sources: ['Stb. 2025, 400'] },
                  { firstDate: '2026-07-01', lastDate: '2026-08-09', days: 40, daysInYear: 365, annualRatePercent: '4.5', base: eur('2500.00'), interest: eur('12.33'), capitalisedAfter: eur('0.00'), isConfirmed: false, sources: ['Announced by the Ministry'] },
                ],
              },
              userErrors: [],
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/interest-rates');

    const calculator = await screen.findByRole('form', { name: 'Interest calculator' });
    await user.clear(within(calculator).getByRole('textbox', { name: /Principal/ }));
    await user.type(within(calculator).getByRole('textbox', { name: /Principal/ }), '2500');
    await user.type(within(calculator).getByLabelText(/First interest day/), '2026-05-01');
    await user.type(within(calculator).getByLabelText(/Last interest day/), '2026-08-09');
    await user.click(within(calculator).getByRole('button', { name: 'Calculate' }));

    const breakdown = await screen.findByRole('table', { name: 'Interest per period' });
    const lines = within(breakdown).getAllByRole('row');
    expect(lines).toHaveLength(3);
    expect(within(lines[2] as HTMLElement).getByText('Unconfirmed')).toBeInTheDocument();
    expect(within(lines[2] as HTMLElement).getByText('€12.33')).toBeInTheDocument();
    expect(screen.getByText(/Interest: €28.74/)).toBeInTheDocument();
    expect(inputs[0]).toEqual({
      principal: '2500',
      currency: 'EUR',
      firstInterestDate: '2026-05-01',
      lastInterestDate: '2026-08-09',
      basis: { statutoryRate: 'NL_STATUTORY' },
      dayCount: 'ACT_365F',
    });
  });

  it('withdraws an entered period only with a reason', async () => {
    const inputs: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser() }),
      graphql.query('InterestRateTable', () => HttpResponse.json({ data: { interestRateTable: aRateTable() } })),
      graphql.mutation('InterestRatePeriodWithdraw', ({ variables }) => {
        inputs.push(variables.input);
        return HttpResponse.json({ data: { interestRatePeriodWithdraw: { entry: { id: 'SW50ZXJlc3RSYXRlRW50cnk6Mw', validFrom: '2026-07-01' }, table: aRateTable(), userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/interest-rates');

    await user.click(await screen.findByRole('button', { name: 'Actions for the row from 1 Jul 2026' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw a rate period' });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    expect(inputs).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Entered in the wrong table');
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Withdraw a rate period' })).not.toBeInTheDocument());
    expect(inputs).toEqual([{ entryId: 'SW50ZXJlc3RSYXRlRW50cnk6MQ', reason: 'Entered in the wrong table' }]);
  });

  it('shows a derived rate without the add button, in Dutch', async () => {
    server.use(
      ...authHandlers({ signedInAs: aSessionUser({ language: 'NL' }) }),
      graphql.query('InterestRateTable', () =>
        HttpResponse.json({
          data: {
            interestRateTable: aRateTable({ rate: 'DE_DEFAULT', tableId: null, derivedFrom: 'DE_BASE_RATE', pointsAbove: '5', isEditable: false, changes: [] }),
          },
        }),
      ),
    );
    await renderStaffApp('/admin/interest-rates', 'nl');

    expect(await screen.findByText(/Afgeleid: DE basisrente \(§ 247 BGB\) plus 5 procentpunt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Periode toevoegen' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Rentetarieven' })).toBeInTheDocument();
  });
});
