/**
 * The only place money is formatted for people. The front end never computes with money: the server sends exact
 * decimal strings (`"1234.50"`) and totals, and this formats them with `Intl` without ever turning them into a float.
 */

import { intlLocale } from '@/lib/dates';

export type MoneyValue = { amount: string; currency: string };

const decimalPattern = /^-?\d+(\.\d+)?$/;

export function formatMoney(money: MoneyValue, locale: string): string {
  if (!decimalPattern.test(money.amount)) throw new RangeError(`Not a decimal amount: ${money.amount}`);
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3), so no float is involved.
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: money.currency }).format(
    money.amount as Intl.StringNumericLiteral,
  );
}
