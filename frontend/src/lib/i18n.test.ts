import { describe, expect, it } from 'vitest';
import { fromApiLanguage, pickLanguage, toApiLanguage } from '@/lib/i18n';

describe('language choice', () => {
  it('takes the first supported language from the browser', () => {
    expect(pickLanguage(['es-ES', 'nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(['pl'])).toBe('pl');
    expect(pickLanguage(['ja', 'es'])).toBe('en');
  });

  it('maps the API Language enum both ways', () => {
    expect(fromApiLanguage('DE')).toBe('de');
    expect(fromApiLanguage('XX')).toBe('en');
    expect(toApiLanguage('fr')).toBe('FR');
  });
});
