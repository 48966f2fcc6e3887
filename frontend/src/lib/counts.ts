/**
 * How many things a list found, for people: `1,234` in the reader's locale, and `10,000+` when the server stopped
 * counting (a connection's `totalCountCapped`: long lists are counted only up to 10 000).
 */

import { intlLocale } from '@/lib/dates';

export function formatCount(total: number, capped: boolean | null | undefined, locale: string): string {
  const formatted = new Intl.NumberFormat(intlLocale(locale)).format(total);
  return capped ? `${formatted}+` : formatted;
}
