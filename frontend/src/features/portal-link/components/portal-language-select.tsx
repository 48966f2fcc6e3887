import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppLanguage, changeLanguage, currentLanguage, isAppLanguage, languageNames, supportedLanguages } from '@/lib/i18n';

/** A native select: the most robust control on phones and with screen readers. */
export function PortalLanguageSelect() {
  const { t } = useTranslation('portal');
  const id = useId();
  const value: AppLanguage = currentLanguage();
  return (
    <div className="portal-language">
      <label htmlFor={id}>{t('language')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isAppLanguage(next)) void changeLanguage(next);
        }}
      >
        {supportedLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
