import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isAfterNow, todayIsoDate } from '@/lib/dates';

describe('formatDate', () => {
  it.each([
    ['en', '1 Mar 2026'],
    ['en-US', 'Mar 1, 2026'],
    ['nl', '1 mrt 2026'],
    ['de', '01.03.2026'],
    ['fr', '1 mars 2026'],
    ['pl', '1 mar 2026'],
  ])('formats a business date for %s', (locale, expected) => {
    expect(formatDate('2026-03-01', locale)).toBe(expected);
  });

  it('never shifts a business date to the previous day', () => {
    expect(formatDate('2026-01-01', 'en', 'long')).toBe('1 January 2026');
  });

  it('refuses something that is not YYYY-MM-DD', () => {
    expect(() => formatDate('01-03-2026', 'en')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('shows a moment in the given time zone', () => {
    expect(formatDateTime('2026-03-01T09:15:00Z', 'de', 'Europe/Berlin')).toBe('01.03.2026, 10:15');
    expect(formatDateTime('2026-03-01T09:15:00Z', 'en', 'UTC')).toBe('1 Mar 2026, 09:15');
    expect(formatDateTime('2026-03-01T09:15:00Z', 'pl', 'Europe/Warsaw')).toBe('1 mar 2026, 10:15');
  });
});

describe('todayIsoDate and isAfterNow', () => {
  it('gives the local calendar date', () => {
    expect(todayIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('tells whether a moment lies ahead', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(isAfterNow('2026-03-01T12:00:01Z', now)).toBe(true);
    expect(isAfterNow('2026-03-01T11:59:59Z', now)).toBe(false);
    expect(isAfterNow(null, now)).toBe(false);
  });
});
