import type { Resource } from 'i18next';
import commonDe from '@/locales/de/common.json';
import fieldDe from '@/locales/de/field.json';
import commonEn from '@/locales/en/common.json';
import fieldEn from '@/locales/en/field.json';
import commonFr from '@/locales/fr/common.json';
import fieldFr from '@/locales/fr/field.json';
import commonNl from '@/locales/nl/common.json';
import fieldNl from '@/locales/nl/field.json';
import commonPl from '@/locales/pl/common.json';
import fieldPl from '@/locales/pl/field.json';

export const fieldResources: Resource = {
  en: { common: commonEn, field: fieldEn },
  nl: { common: commonNl, field: fieldNl },
  de: { common: commonDe, field: fieldDe },
  pl: { common: commonPl, field: fieldPl },
  fr: { common: commonFr, field: fieldFr },
};
