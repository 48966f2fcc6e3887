import { describe, expect, it } from 'vitest';
import { formatCount } from '@/lib/counts';

// Intl uses narrow/normal no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatCount', () => {
  it.each([
    ['en', 1234, false, '1,234'],
    ['nl', 10000, true, '10.000+'],
    ['de', 10000, true, '10.000+'],
    ['fr', 10000, true, '10 000+'],
    ['pl', 10000, true, '10 000+'],
    ['en', 0, undefined, '0'],
  ])('formats for %s', (locale, total, capped, expected) => {
    expect(plain(formatCount(total, capped, locale))).toBe(expected);
  });
});
