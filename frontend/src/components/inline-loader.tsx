import { Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function InlineLoader() {
  const { t } = useTranslation('common');
  return (
    <Group role="status" aria-live="polite" py="md">
      <Loader size="sm" aria-hidden="true" />
      <span className="visually-hidden">{t('status.loading')}</span>
    </Group>
  );
}
