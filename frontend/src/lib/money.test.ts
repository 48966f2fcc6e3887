import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/money';

// Intl uses narrow/normal no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['en', { amount: '1234.50', currency: 'EUR' }, '€1,234.50'],
    ['nl', { amount: '1234.50', currency: 'EUR' }, '€ 1.234,50'],
    ['de', { amount: '1234.50', currency: 'EUR' }, '1.234,50 €'],
    ['fr', { amount: '1234.50', currency: 'EUR' }, '1 234,50 €'],
    ['pl', { amount: '12345.5', currency: 'PLN' }, '12 345,50 zł'],
    ['en', { amount: '-0.01', currency: 'EUR' }, '-€0.01'],
  ])('formats for %s', (locale, money, expected) => {
    expect(plain(formatMoney(money, locale))).toBe(expected);
  });

  it('keeps every digit of large amounts (no float on the way)', () => {
    expect(plain(formatMoney({ amount: '12345678901234567.89', currency: 'EUR' }, 'de'))).toBe('12.345.678.901.234.567,89 €');
  });

  it('refuses something that is not a decimal', () => {
    expect(() => formatMoney({ amount: '12,50', currency: 'EUR' }, 'en')).toThrow(RangeError);
  });
});
