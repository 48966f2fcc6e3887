import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages every Vorda app ships, in the order the switchers show them. */
export const supportedLanguages = ['en', 'nl', 'de', 'pl', 'fr'] as const;
export type AppLanguage = (typeof supportedLanguages)[number];

/** Each language named in itself, so a reader finds their own language whatever is shown now. */
export const languageNames: Record<AppLanguage, string> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  pl: 'Polski',
  fr: 'Français',
};

export function isAppLanguage(value: string): value is AppLanguage {
  return (supportedLanguages as readonly string[]).includes(value);
}

/** The first supported language among BCP 47 tags such as `navigator.languages` (`nl-BE` → `nl`); else English. */
export function pickLanguage(candidates: readonly string[]): AppLanguage {
  for (const tag of candidates) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isAppLanguage(base)) return base;
  }
  return 'en';
}

export function browserLanguage(): AppLanguage {
  const fromNavigator = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return pickLanguage(fromNavigator.filter(Boolean));
}

/** The GraphQL/REST `Language` enum value (`EN`) as an app language (`en`). */
export function fromApiLanguage(value: string): AppLanguage {
  const lower = value.toLowerCase();
  return isAppLanguage(lower) ? lower : 'en';
}

export function toApiLanguage(value: AppLanguage): Uppercase<AppLanguage> {
  return value.toUpperCase() as Uppercase<AppLanguage>;
}

export function currentLanguage(): AppLanguage {
  return fromApiLanguage(i18next.resolvedLanguage ?? i18next.language ?? 'en');
}

export function changeLanguage(language: AppLanguage): Promise<unknown> {
  // Before initI18n there is nothing to switch (and i18next would throw); the app initialises i18n before it renders.
  if (!i18next.isInitialized) return Promise.resolve();
  return i18next.changeLanguage(language);
}

function reflectLanguageOnDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * Starts i18next with the resources of one app (each entry bundles only its own namespaces). Calling it again,
 * as tests do, adds the resources and switches language.
 */
export async function initI18n(resources: Resource, language: AppLanguage, defaultNS: string): Promise<void> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', reflectLanguageOnDocument);
    await i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...supportedLanguages],
      defaultNS,
      ns: Object.keys(resources.en ?? {}),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else {
    for (const [lng, namespaces] of Object.entries(resources)) {
      for (const [ns, bundle] of Object.entries(namespaces)) i18next.addResourceBundle(lng, ns, bundle, true, true);
    }
    i18next.setDefaultNamespace(defaultNS);
    await i18next.changeLanguage(language);
  }
  reflectLanguageOnDocument(language);
}
