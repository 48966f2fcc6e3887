import { intlLocale } from '@/lib/dates';
import type { AllocationOrder, CollectionAction, InterestBasis, Jurisdiction, TransactionType } from '@/lib/graphql-types';

export const jurisdictions: readonly Jurisdiction[] = ['NL', 'BE', 'DE', 'PL'];
export const interestBases: readonly InterestBasis[] = ['STATUTORY', 'CONTRACTUAL', 'NONE'];
export const transactionTypes: readonly TransactionType[] = ['CONSUMER', 'COMMERCIAL'];
export const allocationOrders: readonly AllocationOrder[] = [
  'JURISDICTION_DEFAULT',
  'COSTS_INTEREST_PRINCIPAL',
  'INTEREST_COSTS_PRINCIPAL',
  'COSTS_PRINCIPAL_INTEREST',
  'PRINCIPAL_INTEREST_COSTS',
];
export const collectionActions: readonly CollectionAction[] = [
  'FIRST_REMINDER',
  'SECOND_REMINDER',
  'FINAL_NOTICE',
  'PHONE_CALL',
  'HOUSE_VISIT',
  'PAYMENT_PLAN_SETUP',
];

/** The currencies claims under a jurisdiction's law are kept in; the first is the default (the server's rule). */
export const currenciesOf: Readonly<Record<Jurisdiction, readonly string[]>> = {
  NL: ['EUR'],
  BE: ['EUR'],
  DE: ['EUR'],
  PL: ['PLN', 'EUR'],
};

export function defaultCurrencyOf(jurisdiction: Jurisdiction): string {
  return currenciesOf[jurisdiction][0] ?? 'EUR';
}

/** The address of a party's page (the parties feature owns that page; this only links to it). */
export function partyPagePath(partyId: string): string {
  return `/parties/${encodeURIComponent(partyId)}`;
}

/** A rate as typed into a decimal string (`8,5` → `8.5`), or null when it is not one (at most 4 decimals). */
export function toPercent(text: string): string | null {
  const compact = text.trim().replace(/\s+/g, '');
  return /^\d+([.,]\d{1,4})?$/.test(compact) ? compact.replace(',', '.') : null;
}

/** An amount as typed into a decimal string (`40,5` → `40.5`), or null when it is not one (at most 2 decimals). */
export function toAmount(text: string): string | null {
  const compact = text.trim().replace(/\s+/g, '');
  return /^\d+([.,]\d{1,2})?$/.test(compact) ? compact.replace(',', '.') : null;
}

/** A decimal percentage from the server (`"8.5000"`) for people: `8.5%`, `8,5 %`; exact, never through a float. */
export function formatPercent(value: string, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'percent', maximumFractionDigits: 4 }).format(
    value as Intl.StringNumericLiteral,
  );
}

/** A server decimal as a form shows it for editing: no trailing zeros (`8.5000` → `8.5`). */
export function editableDecimal(value: string | null | undefined): string {
  if (!value) return '';
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** An IBAN in groups of four, as printed on bank cards: `NL91 ABNA 0417 1643 00`. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
