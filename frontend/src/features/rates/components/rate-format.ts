import { intlLocale } from '@/lib/dates';
import type { DayCount, StatutoryRate } from '@/lib/graphql-types';

/** Every rate table, in the schema's order (country by country, reference rates before what derives from them). */
export const statutoryRates: readonly StatutoryRate[] = [
  'NL_STATUTORY',
  'NL_COMMERCIAL',
  'BE_LEGAL',
  'BE_COMMERCIAL',
  'DE_BASE_RATE',
  'DE_DEFAULT',
  'DE_DEFAULT_COMMERCIAL',
  'DE_DEFAULT_COMMERCIAL_UNTIL_2014_07_28',
  'PL_REFERENCE',
  'PL_LATE',
  'PL_COMMERCIAL',
  'PL_COMMERCIAL_PUBLIC_MEDICAL',
];

export const dayCounts: readonly DayCount[] = ['ACT_365F', 'ACT_ACT', 'THIRTY_360'];

/** Currencies offered in pickers; the API takes any ISO code. */
export const commonCurrencies: readonly string[] = ['EUR', 'PLN', 'CHF', 'CZK', 'DKK', 'GBP', 'HUF', 'NOK', 'RON', 'SEK', 'USD'];

/** A decimal as typed (`8,5` → `8.5`, `−0,88` → `-0.88`) with at most `decimals` decimals, or null when it is not one. */
export function toDecimal(text: string, decimals: number, allowNegative = false): string | null {
  const compact = text.trim().replace(/\s+/g, '').replace('−', '-');
  const pattern = new RegExp(`^${allowNegative ? '-?' : ''}\\d+([.,]\\d{1,${decimals}})?$`);
  return pattern.test(compact) ? compact.replace(',', '.') : null;
}

/** A server percentage (`"8.5"`) for people: `8.5%`, `8,5 %`; exact, never through a float. */
export function formatPercent(value: string, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'percent', maximumFractionDigits: 4 }).format(
    value as Intl.StringNumericLiteral,
  );
}

/** A server exchange rate (`"4.2985"`) for people, all its decimals kept. */
export function formatRate(value: string, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 6 }).format(value as Intl.StringNumericLiteral);
}
