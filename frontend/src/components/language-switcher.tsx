import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AppLanguage, isAppLanguage, languageNames, supportedLanguages } from '@/lib/i18n';

type LanguageSwitcherProps = {
  value: AppLanguage;
  onChange: (language: AppLanguage) => void;
  /** Hide the visible label (e.g. in a header); it stays available to assistive technology. */
  compact?: boolean;
};

const options = supportedLanguages.map((language) => ({ value: language, label: languageNames[language] }));

export function LanguageSwitcher({ value, onChange, compact = false }: LanguageSwitcherProps) {
  const { t } = useTranslation('common');
  return (
    <Select
      label={t('language.label')}
      labelProps={compact ? { className: 'visually-hidden' } : undefined}
      data={options}
      value={value}
      allowDeselect={false}
      checkIconPosition="right"
      w={compact ? 150 : undefined}
      comboboxProps={{ withinPortal: true }}
      onChange={(next) => {
        if (next && isAppLanguage(next) && next !== value) onChange(next);
      }}
    />
  );
}
