import type { Resource } from 'i18next';
import portalDe from '@/locales/de/portal.json';
import portalEn from '@/locales/en/portal.json';
import portalFr from '@/locales/fr/portal.json';
import portalNl from '@/locales/nl/portal.json';
import portalPl from '@/locales/pl/portal.json';

/** Only the portal's own strings: the debtor bundle carries nothing of the staff apps. */
export const portalResources: Resource = {
  en: { portal: portalEn },
  nl: { portal: portalNl },
  de: { portal: portalDe },
  pl: { portal: portalPl },
  fr: { portal: portalFr },
};
