import type { Resource } from 'i18next';
import commonDe from '@/locales/de/common.json';
import staffDe from '@/locales/de/staff.json';
import commonEn from '@/locales/en/common.json';
import staffEn from '@/locales/en/staff.json';
import commonFr from '@/locales/fr/common.json';
import staffFr from '@/locales/fr/staff.json';
import commonNl from '@/locales/nl/common.json';
import staffNl from '@/locales/nl/staff.json';
import commonPl from '@/locales/pl/common.json';
import staffPl from '@/locales/pl/staff.json';

/** The staff app's strings: shared `common` plus `staff`, in every shipped language. */
export const staffResources: Resource = {
  en: { common: commonEn, staff: staffEn },
  nl: { common: commonNl, staff: staffNl },
  de: { common: commonDe, staff: staffDe },
  pl: { common: commonPl, staff: staffPl },
  fr: { common: commonFr, staff: staffFr },
};
