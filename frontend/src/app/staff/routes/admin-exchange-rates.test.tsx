import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { anExchangeRate } from '@/features/rates/testing/rate-fixtures';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const corrected = anExchangeRate({ id: 'RXhjaGFuZ2VSYXRlOjI', rate: '4.2135', kind: 'CORRECTED', isConfirmed: true });
const rows = [
  {
    ...corrected,
    history: [
      { ...corrected },
      { ...anExchangeRate({ rate: '4.2115', isConfirmed: false, source: 'typed from a newspaper' }) },
    ],
  },
  { ...anExchangeRate({ id: 'RXhjaGFuZ2VSYXRlOjM', rateDate: '2025-12-31', rate: '4.2', isConfirmed: false, source: 'NBP table A' }), history: [] },
];

describe('Administration → Exchange rates', () => {
  it('lists the rates newest day first, filters by currency and shows who changed a rate', async () => {
    const filters: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser() }),
      graphql.query('ExchangeRates', ({ variables }) => {
        filters.push(variables.filter);
        return HttpResponse.json({ data: { exchangeRates: { nodes: rows, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 2 } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/exchange-rates');

    const table = await screen.findByRole('table', { name: /2 of 2 rates/ });
    const lines = within(table).getAllByRole('row');
    expect(within(lines[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('30 Jan 2026');
    expect(within(lines[1] as HTMLElement).getByText('4.2135')).toBeInTheDocument();
    expect(within(lines[2] as HTMLElement).getByText('Unconfirmed')).toBeInTheDocument();
    expect(filters[0]).toEqual({});

    await user.click(screen.getByRole('combobox', { name: 'To currency' }));
    await user.click(await screen.findByRole('option', { name: 'PLN' }));
    await waitFor(() => expect(filters.at(-1)).toEqual({ quoteCurrency: 'PLN' }));

    await user.click(within(lines[1] as HTMLElement).getByRole('button', { name: 'Actions for EUR/PLN on 30 Jan 2026' }));
    await user.click(await screen.findByRole('menuitem', { name: 'History' }));
    const history = await screen.findByRole('table', { name: 'Every entry for this day, newest first' });
    expect(within(history).getByText('Corrected')).toBeInTheDocument();
    expect(within(history).getByText('typed from a newspaper')).toBeInTheDocument();
  });

  it('enters a rate and shows a refusal on the field it names', async () => {
    const inputs: Record<string, unknown>[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser() }),
      graphql.query('ExchangeRates', () =>
        HttpResponse.json({ data: { exchangeRates: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } }),
      ),
      graphql.mutation('ExchangeRateAdd', ({ variables }) => {
        inputs.push(variables.input as Record<string, unknown>);
        return HttpResponse.json({
          data: { exchangeRateAdd: { exchangeRate: null, userErrors: [{ code: 'DATE_IN_FUTURE', field: ['input', 'rateDate'], message: 'future' }] } },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/exchange-rates');

    expect(await screen.findByText('No exchange rates entered.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enter a rate' }));
    const form = await screen.findByRole('form', { name: 'Enter an exchange rate' });
    await user.type(within(form).getByLabelText(/Rate date/), '2030-01-31');
    await user.type(within(form).getByRole('textbox', { name: /^Rate/ }), '4,2693');
    await user.type(within(form).getByRole('textbox', { name: /Source/ }), 'NBP table A 021/A/NBP/2030');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('This date is after today. Enter today or an earlier day.')).toBeInTheDocument();
    expect(inputs[0]).toEqual({
      baseCurrency: 'EUR',
      quoteCurrency: 'PLN',
      rateDate: '2030-01-31',
      rate: '4.2693',
      isConfirmed: false,
      source: 'NBP table A 021/A/NBP/2030',
    });
  });
});
