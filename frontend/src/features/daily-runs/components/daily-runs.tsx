import { Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDate, formatDateTime } from '@/lib/dates';
import {
  useAccrualRuns,
  useArrangementMonitorRuns,
  useDailyRunAccess,
  useStartAccrualRun,
  useStartArrangementMonitorRun,
} from '@/features/daily-runs/hooks/use-daily-runs';

const accrualColor: Record<string, string> = { PENDING: 'gray', RUNNING: 'blue', SUCCEEDED: 'teal', FAILED: 'red' };

function MonitorRuns() {
  const { t, i18n } = useTranslation('staff');
  const runs = useArrangementMonitorRuns();
  const start = useStartArrangementMonitorRun();
  const running = runs.data?.some((run) => run.finishedAt == null) ?? false;
  const startNow = () =>
    start.mutate(undefined, {
      onSuccess: (result) => {
        const refused = result.userErrors[0];
        notifications.show(refused ? { color: 'red', message: refused.message } : { message: t('dailyRuns.monitor.started') });
      },
      onError: () => notifications.show({ color: 'red', message: t('common:status.saveFailed') }),
    });
  return (
    <Stack gap="xs" component="section" aria-labelledby="monitor-runs-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="monitor-runs-title">
          {t('dailyRuns.monitor.title')}
        </Title>
        <Button size="sm" onClick={startNow} loading={start.isPending} disabled={running}>
          {t('dailyRuns.monitor.start')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('dailyRuns.monitor.description')}
      </Text>
      {runs.isError ? <QueryError onRetry={() => void runs.refetch()} /> : null}
      {runs.isPending ? <InlineLoader /> : null}
      {runs.data?.length === 0 ? <Text c="dimmed">{t('dailyRuns.none')}</Text> : null}
      {runs.data && runs.data.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4} striped>
            <Table.Caption>{t('dailyRuns.monitor.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dailyRuns.day')}</Table.Th>
                <Table.Th scope="col">{t('dailyRuns.state')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.monitor.plans')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.monitor.missed')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.monitor.broken')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.monitor.completed')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.monitor.promises')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.monitor.promisesKeptBroken')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.failures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((run) => (
                <Table.Tr key={run.startedAt}>
                  <Table.Td>
                    {formatDate(run.runOn, i18n.language)}
                    <Text size="xs" c="dimmed">
                      {t('dailyRuns.startedAt', { time: formatDateTime(run.startedAt, i18n.language) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {run.finishedAt ? (
                      <Badge variant="light" color={run.failures > 0 ? 'red' : 'teal'}>
                        {t(run.failures > 0 ? 'dailyRuns.finishedWithFailures' : 'dailyRuns.finished')}
                      </Badge>
                    ) : (
                      <Badge variant="light" color="blue">
                        {t('dailyRuns.running')}
                      </Badge>
                    )}
                    {run.note ? (
                      <Text size="xs" c={run.failures > 0 ? 'red.8' : 'dimmed'}>
                        {run.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{run.plansJudged}</Table.Td>
                  <Table.Td ta="right">{run.instalmentsMissed}</Table.Td>
                  <Table.Td ta="right">{run.plansBroken}</Table.Td>
                  <Table.Td ta="right">{run.plansCompleted}</Table.Td>
                  <Table.Td ta="right">{run.promisesJudged}</Table.Td>
                  <Table.Td ta="right">
                    {run.promisesKept} / {run.promisesBroken}
                  </Table.Td>
                  <Table.Td ta="right">{run.failures}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

function StartAccrualRun({ start }: { start: ReturnType<typeof useStartAccrualRun> }) {
  const { t } = useTranslation('staff');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('common:userErrors.REQUIRED'));
      return;
    }
    setError(null);
    start.mutate(reason.trim(), {
      onSuccess: (result) => {
        const refused = result.userErrors[0];
        if (refused) setError(refused.message);
        else notifications.show({ message: t('dailyRuns.accrual.done', { status: t(`dailyRuns.accrual.statuses.${result.accrualRun?.status ?? 'SUCCEEDED'}`) }) });
      },
      onError: () => notifications.show({ color: 'red', message: t('common:status.saveFailed') }),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('dailyRuns.accrual.start')}>
      <Group align="flex-end">
        <TextInput
          label={t('dailyRuns.accrual.reason')}
          description={t('dailyRuns.accrual.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          maxLength={500}
          w={360}
        />
        <Button type="submit" loading={start.isPending}>
          {t('dailyRuns.accrual.start')}
        </Button>
      </Group>
    </form>
  );
}

function AccrualRuns() {
  const { t, i18n } = useTranslation('staff');
  const start = useStartAccrualRun();
  // the request lasts until the run ends: meanwhile the list is asked again, so the run shows as it works
  const runs = useAccrualRuns(true, start.isPending);
  return (
    <Stack gap="xs" component="section" aria-labelledby="accrual-runs-title">
      <Title order={2} size="h4" id="accrual-runs-title">
        {t('dailyRuns.accrual.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dailyRuns.accrual.description')}
      </Text>
      <StartAccrualRun start={start} />
      {runs.isError ? <QueryError onRetry={() => void runs.refetch()} /> : null}
      {runs.isPending ? <InlineLoader /> : null}
      {runs.data?.length === 0 ? <Text c="dimmed">{t('dailyRuns.none')}</Text> : null}
      {runs.data && runs.data.length > 0 ? (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing={4} striped>
            <Table.Caption>{t('dailyRuns.accrual.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dailyRuns.day')}</Table.Th>
                <Table.Th scope="col">{t('dailyRuns.state')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.accrual.casesDone')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.accrual.casesSkipped')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('dailyRuns.accrual.attempts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((run) => (
                <Table.Tr key={run.runDate}>
                  <Table.Td>
                    {formatDate(run.runDate, i18n.language)}
                    {run.startedAt ? (
                      <Text size="xs" c="dimmed">
                        {t('dailyRuns.startedAt', { time: formatDateTime(run.startedAt, i18n.language) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={accrualColor[run.status]}>
                      {t(`dailyRuns.accrual.statuses.${run.status}`)}
                    </Badge>
                    {run.error ? (
                      <Text size="xs" c="red.8">
                        {run.error}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{run.casesDone}</Table.Td>
                  <Table.Td ta="right">{run.casesSkipped}</Table.Td>
                  <Table.Td ta="right">{run.attempts}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}

/**
 * The background runs people rely on without seeing them: the check of payment plans and promises (which can also be
 * started now) and, for administrators, the nightly balance run. A failure shows here with its reason.
 */
export function DailyRuns() {
  const access = useDailyRunAccess();
  return (
    <Stack gap="xl">
      <MonitorRuns />
      {access.canSeeAccrual ? <AccrualRuns /> : null}
    </Stack>
  );
}
