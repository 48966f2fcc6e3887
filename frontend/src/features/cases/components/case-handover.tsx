import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { userErrorMessageKey } from '@/lib/user-errors';
import { caseStatuses } from '@/features/cases/components/case-format';
import { useCaseHoldings } from '@/features/cases/hooks/use-case-holdings';
import { useCaseTeamOptions } from '@/features/cases/hooks/use-case-team-options';
import { useHandOverCases } from '@/features/cases/hooks/use-hand-over-cases';

type Done = { number: number; from: string; to: string };

/**
 * The handover when someone leaves: pick the person, see their open cases per status, pick who takes them over (a
 * colleague, a team or both), confirm, and read how many moved. Closed cases stay where they are.
 */
export function CaseHandover() {
  const { t } = useTranslation('staff');
  const holdings = useCaseHoldings();
  const teams = useCaseTeamOptions();
  const handOver = useHandOverCases();
  const [fromId, setFromId] = useState<string | null>(null);
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [toTeamId, setToTeamId] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ toUser?: string; toTeam?: string; form?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  if (holdings.isPending) return <InlineLoader />;
  if (holdings.isError) return <QueryError onRetry={() => void holdings.refetch()} />;

  const leaving = holdings.data.find((holding) => holding.user.id === fromId) ?? null;
  const activeTeams = (teams.data ?? []).filter((team) => team.active);
  const colleagues = new Map<string, string>();
  activeTeams.forEach((team) => team.members.filter((member) => member.active && member.id !== fromId).forEach((member) => colleagues.set(member.id, member.name)));
  const colleagueOptions = [...colleagues].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  const toUserName = toUserId ? (colleagues.get(toUserId) ?? '') : null;
  const toTeamName = toTeamId ? (activeTeams.find((team) => team.id === toTeamId)?.name ?? '') : null;
  const receiver = toUserName && toTeamName ? t('cases.handover.userInTeam', { user: toUserName, team: toTeamName }) : (toUserName ?? toTeamName ?? '');

  const review = () => {
    setDone(null);
    if (!toUserId && !toTeamId) {
      setErrors({ toUser: t('cases.handover.chooseReceiver') });
      return;
    }
    setErrors({});
    setConfirming(true);
  };

  const confirm = () => {
    if (!leaving) return;
    handOver.mutate(
      { fromUserId: leaving.user.id, toUserId, toTeamId },
      {
        onSuccess: (payload) => {
          const refusal = payload.userErrors[0];
          setConfirming(false);
          if (refusal) {
            const message = t(userErrorMessageKey(refusal.code));
            const field = refusal.field?.at(-1);
            setErrors(field === 'toUserId' ? { toUser: message } : field === 'toTeamId' ? { toTeam: message } : { form: message });
            return;
          }
          setDone({ number: payload.movedCount, from: leaving.user.name, to: receiver });
          setFromId(null);
          setToUserId(null);
          setToTeamId(null);
        },
        onError: () => {
          setConfirming(false);
          setErrors({ form: t('common:status.saveFailed') });
        },
      },
    );
  };

  return (
    <Stack gap="md">
      {done ? (
        <Alert color="teal" role="status" title={t('cases.handover.doneTitle')}>
          {t('cases.handover.done', done)}
        </Alert>
      ) : null}
      <Paper withBorder p="md" component="section" aria-labelledby="handover-from">
        <Stack gap="sm">
          <Title order={2} size="h4" id="handover-from">
            {t('cases.handover.fromTitle')}
          </Title>
          {holdings.data.length === 0 ? (
            <Text c="dimmed">{t('cases.handover.nobodyHolds')}</Text>
          ) : (
            <Select
              label={t('cases.handover.from')}
              description={t('cases.handover.fromHint')}
              placeholder={t('cases.handover.fromPlaceholder')}
              searchable
              maw={420}
              value={fromId}
              onChange={(value) => {
                setFromId(value);
                setDone(null);
                if (value === toUserId) setToUserId(null);
              }}
              data={holdings.data.map((holding) => ({
                value: holding.user.id,
                label: t(holding.user.active ? 'cases.handover.holder' : 'cases.handover.holderInactive', { name: holding.user.name, number: holding.openCount }),
              }))}
            />
          )}
          {leaving ? (
            <Table withTableBorder maw={420} aria-labelledby="handover-counts">
              <Table.Caption id="handover-counts" style={{ captionSide: 'top', textAlign: 'left' }}>
                {t('cases.handover.countsCaption', { name: leaving.user.name })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('cases.handover.cases')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {caseStatuses
                  .map((status) => ({ status, count: leaving.byStatus.find((entry) => entry.status === status)?.count ?? 0 }))
                  .filter((entry) => entry.count > 0)
                  .map((entry) => (
                    <Table.Tr key={entry.status}>
                      <Table.Th scope="row" fw={400}>
                        {t(`cases.statuses.${entry.status}`)}
                      </Table.Th>
                      <Table.Td ta="right">{entry.count}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('cases.handover.total')}</Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {leaving.openCount}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          ) : null}
        </Stack>
      </Paper>
      {leaving ? (
        <Paper withBorder p="md" component="section" aria-labelledby="handover-to">
          <Stack gap="sm">
            <Title order={2} size="h4" id="handover-to">
              {t('cases.handover.toTitle')}
            </Title>
            <Text size="sm">{t('cases.handover.toHint')}</Text>
            {teams.isError ? <QueryError onRetry={() => void teams.refetch()} /> : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={840}>
              <Select
                label={t('cases.handover.toUser')}
                description={t('cases.handover.toUserHint')}
                placeholder={t('cases.assign.nobody')}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('cases.handover.clearUser'), 'aria-hidden': false, tabIndex: 0 }}
                data={colleagueOptions}
                value={toUserId}
                error={errors.toUser}
                onChange={(value) => {
                  setToUserId(value);
                  setErrors({});
                }}
              />
              <Select
                label={t('cases.handover.toTeam')}
                description={t('cases.handover.toTeamHint')}
                placeholder={t('cases.assign.noTeam')}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('cases.handover.clearTeam'), 'aria-hidden': false, tabIndex: 0 }}
                data={activeTeams.map((team) => ({ value: team.id, label: team.name }))}
                value={toTeamId}
                error={errors.toTeam}
                onChange={(value) => {
                  setToTeamId(value);
                  setErrors({});
                }}
              />
            </SimpleGrid>
            {errors.form ? (
              <Alert color="red" role="alert">
                {errors.form}
              </Alert>
            ) : null}
            <Group>
              <Button onClick={review}>{t('cases.handover.submit', { number: leaving.openCount })}</Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {leaving ? (
        <ConfirmDialog
          opened={confirming}
          title={t('cases.handover.confirmTitle')}
          confirmLabel={t('cases.handover.confirm')}
          busy={handOver.isPending}
          onConfirm={confirm}
          onClose={() => setConfirming(false)}
        >
          {t('cases.handover.confirmText', { number: leaving.openCount, from: leaving.user.name, to: receiver })}
        </ConfirmDialog>
      ) : null}
    </Stack>
  );
}
