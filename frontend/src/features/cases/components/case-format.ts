import type { CaseRole, CaseStatus, CloseReason, HoldReason, Jurisdiction } from '@/lib/graphql-types';
import { intlLocale } from '@/lib/dates';

/** The address of a case's page (ids are opaque and may hold characters a path must escape). */
export function casePath(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

/** The address of a party's page (the parties feature owns that page; this only links to it). */
export function partyPagePath(partyId: string): string {
  return `/parties/${encodeURIComponent(partyId)}`;
}

export const caseStatuses: readonly CaseStatus[] = ['NEW', 'ACTIVE', 'ON_HOLD', 'PROMISE', 'PAYMENT_PLAN', 'HANDED_OVER', 'CLOSED'];
export const holdReasons: readonly HoldReason[] = ['DISPUTE', 'RESPITE', 'CLIENT_INSTRUCTION', 'DECEASED', 'INSOLVENCY'];
export const closeReasons: readonly CloseReason[] = ['PAID', 'WITHDRAWN', 'WRITTEN_OFF', 'UNCOLLECTABLE', 'DUPLICATE'];
export const caseRoles: readonly CaseRole[] = ['DEBTOR', 'GUARANTOR', 'ADMINISTRATOR', 'LAWYER', 'BAILIFF', 'EMPLOYER', 'OTHER'];
/** Roles besides debtor, for the other parties of a case. */
export const otherCaseRoles: readonly CaseRole[] = caseRoles.filter((role) => role !== 'DEBTOR');
export const jurisdictions: readonly Jurisdiction[] = ['NL', 'BE', 'DE', 'PL'];

/** Statuses in which a case can be put on hold (the server's rule; it checks again). */
export const holdableStatuses: readonly CaseStatus[] = ['NEW', 'ACTIVE', 'PROMISE', 'PAYMENT_PLAN'];

export const statusColors: Readonly<Record<CaseStatus, string>> = {
  NEW: 'blue',
  ACTIVE: 'teal',
  ON_HOLD: 'orange',
  PROMISE: 'grape',
  PAYMENT_PLAN: 'indigo',
  HANDED_OVER: 'violet',
  CLOSED: 'gray',
};

export function isCaseStatus(value: string): value is CaseStatus {
  return (caseStatuses as readonly string[]).includes(value);
}

/** A status reason is a hold or close reason name; the i18n key that names it, or null for one we do not know. */
export function reasonKey(reason: string | null | undefined): string | null {
  if (!reason) return null;
  if ((holdReasons as readonly string[]).includes(reason)) return `cases.holdReasons.${reason}`;
  if ((closeReasons as readonly string[]).includes(reason)) return `cases.closeReasons.${reason}`;
  return null;
}

/** `ON_HOLD (DISPUTE)`, as the timeline records a status, split into status and reason. */
export function parseStatusValue(value: string): { status: CaseStatus; reason: string | null } | null {
  const match = /^([A-Z_]+)(?: \(([A-Z_]+)\))?$/.exec(value.trim());
  if (!match?.[1] || !isCaseStatus(match[1])) return null;
  return { status: match[1], reason: match[2] ?? null };
}

/** `1234.50 EUR`, as the timeline records an amount. */
export function parseMoneyValue(value: string): { amount: string; currency: string } | null {
  const match = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(value.trim());
  return match?.[1] && match[2] ? { amount: match[1], currency: match[2] } : null;
}

/**
 * Turns a typed amount into the decimal string the API wants, or null when it is not one: `1.234,50` and `1 234.50`
 * are not accepted (one decimal separator, no grouping), `1234,5` becomes `1234.5`.
 */
export function toDecimal(text: string, maxDecimals = 2): string | null {
  const compact = text.trim().replace(/\s+/g, '');
  const pattern = new RegExp(`^\\d+([.,]\\d{1,${maxDecimals}})?$`);
  return pattern.test(compact) ? compact.replace(',', '.') : null;
}

/** A link for a phone number or e-mail address (null for post). */
export function channelHref(kind: string, value: string): string | null {
  if (kind === 'PHONE') return `tel:${value.replace(/[^\d+]/g, '')}`;
  if (kind === 'EMAIL') return `mailto:${value}`;
  return null;
}

/** An annual rate the server sends as a decimal string in percent (`"8.5"`), shown for a locale without float arithmetic. */
export function formatPercent(percent: string, locale: string): string {
  const number = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return `${number.format(percent as Intl.StringNumericLiteral)} %`;
}

/** Why a typed amount cannot be sent (an i18n key): missing, not a decimal, or not more than zero; null when it can. */
export function amountErrorKey(text: string): string | null {
  if (text.trim() === '') return 'common:userErrors.REQUIRED';
  const amount = toDecimal(text);
  if (amount === null) return 'cases.claims.errors.amountFormat';
  return /^0+(\.0+)?$/.test(amount) ? 'cases.claims.errors.notPositive' : null;
}
