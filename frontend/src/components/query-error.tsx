import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A list or page could not be loaded: say so plainly and offer to try again. */
export function QueryError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Alert color="red" title={t('status.loadFailedTitle')} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{t('status.loadFailed')}</Text>
        <Button variant="white" color="red" size="xs" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
