import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';

export function NotAllowed() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('notAllowed.title')}>
      <Text>{t('notAllowed.text')}</Text>
      <Button component={Link} to="/" variant="light" style={{ alignSelf: 'flex-start' }}>
        {t('notAllowed.back')}
      </Button>
    </Page>
  );
}
