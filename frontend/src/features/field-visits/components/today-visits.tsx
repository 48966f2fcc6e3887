import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '@/lib/dates';

/**
 * Today's visits for the signed-in field agent. Visits are not planned in Vorda yet (they arrive with the field
 * release), so the honest state today is the empty list; nothing is fetched or faked.
 */
export function TodayVisits() {
  const { t, i18n } = useTranslation('field');
  const today = todayIsoDate();
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('today.title')}
        </Title>
        <Text size="lg">
          <time dateTime={today}>{formatDate(today, i18n.language, 'full')}</time>
        </Text>
      </div>
      <section aria-labelledby="visits-heading">
        <Title order={2} size="h4" id="visits-heading" mb="xs">
          {t('today.visits')}
        </Title>
        <Paper withBorder p="lg" radius="md">
          <Text fw={600} size="lg">
            {t('today.empty.title')}
          </Text>
          <Text c="dark.5" mt={4}>
            {t('today.empty.text')}
          </Text>
        </Paper>
      </section>
    </Stack>
  );
}
