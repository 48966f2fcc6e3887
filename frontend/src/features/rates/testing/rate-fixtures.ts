import type { ExchangeRateFieldsFragment, InterestRateTableFieldsFragment } from '@/lib/graphql-types';

/** NL statutory interest with one administrator's unconfirmed row on top of two shipped rows (route tests with MSW). */
export function aRateTable(overrides: Partial<InterestRateTableFieldsFragment> = {}): InterestRateTableFieldsFragment {
  return {
    rate: 'NL_STATUTORY',
    tableId: 'nl-statutory',
    derivedFrom: null,
    pointsAbove: '0',
    compounding: 'YEARLY',
    publishedThrough: '2026-06-30',
    firstDate: '2025-01-01',
    isEditable: true,
    periods: [
      {
        validFrom: '2026-07-01',
        annualRatePercent: '4.5',
        isConfirmed: false,
        source: 'Announced by the Ministry; Staatsblad not yet seen',
        origin: 'ADMIN',
        entry: { id: 'SW50ZXJlc3RSYXRlRW50cnk6MQ', enteredBy: 'admin@vorda.example', enteredAt: '2026-03-01T09:15:00Z', publishedThrough: null },
        replacesShipped: null,
      },
      {
        validFrom: '2026-01-01',
        annualRatePercent: '4',
        isConfirmed: true,
        source: 'Stb. 2025, 400',
        origin: 'SHIPPED',
        entry: null,
        replacesShipped: null,
      },
      {
        validFrom: '2025-01-01',
        annualRatePercent: '6',
        isConfirmed: true,
        source: 'https://www.vvoadvocatuur.nl/post/wettelijke-rente-omhoog',
        origin: 'SHIPPED',
        entry: null,
        replacesShipped: null,
      },
    ],
    changes: [
      {
        id: 'SW50ZXJlc3RSYXRlRW50cnk6MQ',
        validFrom: '2026-07-01',
        annualRatePercent: '4.5',
        publishedThrough: null,
        isConfirmed: false,
        source: 'Announced by the Ministry; Staatsblad not yet seen',
        kind: 'ADDED',
        isCurrent: true,
        enteredBy: 'admin@vorda.example',
        enteredAt: '2026-03-01T09:15:00Z',
      },
    ],
    ...overrides,
  };
}

export function anExchangeRate(overrides: Partial<ExchangeRateFieldsFragment> = {}): ExchangeRateFieldsFragment {
  return {
    id: 'RXhjaGFuZ2VSYXRlOjE',
    baseCurrency: 'EUR',
    quoteCurrency: 'PLN',
    rateDate: '2026-01-30',
    rate: '4.2115',
    isConfirmed: true,
    source: 'NBP table A 020/A/NBP/2026',
    kind: 'ADDED',
    enteredBy: 'admin@vorda.example',
    enteredAt: '2026-02-02T08:00:00Z',
    ...overrides,
  };
}
