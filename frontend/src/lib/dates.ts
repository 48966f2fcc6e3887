/**
 * The only place dates and moments are formatted for people. Business dates stay `YYYY-MM-DD` strings end to end
 * (`new Date('2025-03-01')` is UTC midnight and would show as the previous day west of UTC); moments are ISO-8601
 * instants shown in the viewer's time zone unless one is given.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Vorda's users are in Europe: plain English is shown with British conventions (day before month, 24-hour clock)
 * rather than Intl's American default. Full tags such as `en-US` are left alone.
 */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

/** Formats a business date (`2026-03-01`) for a locale, without any time-zone shift. */
export function formatDate(isoDate: string, locale: string, style: DateStyle = 'medium'): string {
  const match = isoDatePattern.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const [, year, month, day] = match;
  const utcMidnight = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(utcMidnight);
}

/** Formats a moment (`2026-03-01T09:15:00Z`) as date and time for a locale. */
export function formatDateTime(isoInstant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(isoInstant),
  );
}

/** Formats only the time of day of a moment, e.g. for "locked until 14:35". */
export function formatTime(isoInstant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone }).format(new Date(isoInstant));
}

/** Today's date where the viewer is, as `YYYY-MM-DD`. */
export function todayIsoDate(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** True when a moment lies in the future (e.g. a lock that still holds). */
export function isAfterNow(isoInstant: string | null | undefined, now: Date = new Date()): boolean {
  return isoInstant != null && new Date(isoInstant).getTime() > now.getTime();
}
