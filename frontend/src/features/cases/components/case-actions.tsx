import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment, CloseReason, HoldReason } from '@/lib/graphql-types';
import { userErrorMessageKey } from '@/lib/user-errors';
import { closeReasons, holdReasons, holdableStatuses } from '@/features/cases/components/case-format';
import { notify } from '@/features/cases/components/case-notify';
import { CaseModal, FormFooter, applyUserErrors } from '@/features/cases/components/case-section';
import { useActivateCase } from '@/features/cases/hooks/use-activate-case';
import { useAssignCase } from '@/features/cases/hooks/use-assign-case';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';
import { useCaseTeamOptions } from '@/features/cases/hooks/use-case-team-options';
import { useCaseViewer } from '@/features/cases/hooks/use-case-viewer';
import { useCloseCase } from '@/features/cases/hooks/use-close-case';
import { useHoldCase } from '@/features/cases/hooks/use-hold-case';
import { useReleaseCase } from '@/features/cases/hooks/use-release-case';
import { useReopenCase } from '@/features/cases/hooks/use-reopen-case';

type Case = CaseDetailFieldsFragment;
type UserErrors = readonly { code: string; field?: readonly string[] | null }[];

/** A refusal without a field (e.g. the status changed meanwhile) is said in a notification, in words from its code. */
function notifyRefusal(t: (key: string) => string, errors: UserErrors): boolean {
  const first = errors[0];
  if (!first) return false;
  notify(t(userErrorMessageKey(first.code)), 'red');
  return true;
}

type ReasonValues = { reason: string | null; note: string };

/** Put on hold or close: a reason (required) and an optional note for the timeline. */
function ReasonForm<R extends string>({
  reasons,
  reasonLabel,
  reasonKeyPrefix,
  submitLabel,
  busy,
  failed,
  danger,
  onSubmit,
  onCancel,
}: {
  reasons: readonly R[];
  reasonLabel: string;
  reasonKeyPrefix: string;
  submitLabel: string;
  busy: boolean;
  failed: boolean;
  danger?: boolean;
  onSubmit: (values: { reason: R; note: string }, done: (errors: UserErrors) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('staff');
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<ReasonValues>({
    mode: 'controlled',
    initialValues: { reason: null, note: '' },
    validate: { reason: (value: string | null) => (value ? null : t('common:userErrors.REQUIRED')) },
  });
  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    onSubmit({ reason: values.reason as R, note: values.note.trim() }, (errors) => setFormErrors(applyUserErrors(form, errors, ['reason', 'note'], t)));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={reasonLabel}
          required
          data-autofocus
          allowDeselect={false}
          data={reasons.map((reason) => ({ value: reason, label: t(`${reasonKeyPrefix}.${reason}`) }))}
          {...form.getInputProps('reason')}
        />
        <Textarea label={t('cases.actions.note')} description={t('cases.actions.noteHint')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <FormFooter formErrors={formErrors} failed={failed} busy={busy} submitLabel={submitLabel} onCancel={onCancel} danger={danger} />
      </Stack>
    </form>
  );
}

/** Reassign: a team and one of its members; choosing neither clears them. */
function ReassignForm({ item, onDone }: { item: Case; onDone: (lostSight: boolean) => void }) {
  const { t } = useTranslation('staff');
  const access = useCaseAccess();
  const teams = useCaseTeamOptions();
  const viewer = useCaseViewer();
  const assign = useAssignCase();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<{ teamId: string | null; assigneeId: string | null }>({
    mode: 'controlled',
    initialValues: { teamId: item.team?.id ?? null, assigneeId: item.assignee?.id ?? null },
  });
  const values = form.getValues();
  const chosenTeam = (teams.data ?? []).find((team) => team.id === values.teamId);
  const members = (chosenTeam?.members ?? []).filter((member) => member.active || member.id === values.assigneeId);
  // Staff who see only their teams' and their own cases lose this one when it goes elsewhere.
  const losesSight =
    !access.seesAll &&
    viewer.data !== undefined &&
    values.assigneeId !== viewer.data.id &&
    !(values.teamId !== null && viewer.data.teamIds.includes(values.teamId));

  const submit = form.onSubmit((submitted) => {
    setFormErrors([]);
    assign.mutate(
      { caseId: item.id, teamId: submitted.teamId, assigneeId: submitted.assigneeId },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, ['teamId', 'assigneeId'], t));
            return;
          }
          const team = chosenTeam?.name ?? t('cases.assign.noTeam');
          notify(t('cases.assign.done', { reference: item.reference, team }));
          onDone(losesSight);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('cases.fields.team')}
            placeholder={t('cases.assign.noTeam')}
            clearable
            data-autofocus
            data={(teams.data ?? []).filter((team) => team.active || team.id === values.teamId).map((team) => ({ value: team.id, label: team.name }))}
            value={values.teamId}
            onChange={(teamId) => {
              form.setFieldValue('teamId', teamId);
              const stays = (teams.data ?? []).find((team) => team.id === teamId)?.members.some((member) => member.id === values.assigneeId);
              if (!stays) form.setFieldValue('assigneeId', null);
            }}
            error={form.errors.teamId}
          />
          <Select
            label={t('cases.fields.assignee')}
            placeholder={values.teamId ? t('cases.assign.nobody') : t('cases.assign.pickTeamFirst')}
            clearable
            disabled={!values.teamId}
            data={members.map((member) => ({ value: member.id, label: member.name }))}
            {...form.getInputProps('assigneeId')}
          />
        </SimpleGrid>
        {losesSight ? (
          <Alert color="orange" role="status">
            {t('cases.assign.losesSight')}
          </Alert>
        ) : null}
        <FormFooter
          formErrors={formErrors}
          failed={assign.isError}
          busy={assign.isPending}
          submitLabel={t('cases.assign.submit')}
          onCancel={() => onDone(false)}
        />
      </Stack>
    </form>
  );
}

type Dialog = 'hold' | 'close' | 'reassign' | null;

/**
 * What can be done with the case now: start collection (new), put on hold, release (on hold), close, reopen (closed)
 * and reassign. Only staff who may change cases see them; the server checks the status again.
 */
export function CaseActions({ item, onLostSight }: { item: Case; onLostSight: () => void }) {
  const { t } = useTranslation('staff');
  const access = useCaseAccess();
  const [dialog, setDialog] = useState<Dialog>(null);
  const activate = useActivateCase();
  const hold = useHoldCase();
  const release = useReleaseCase();
  const close = useCloseCase();
  const reopen = useReopenCase();
  if (!access.canEdit) return null;

  const simple = (mutation: typeof activate, doneKey: string) =>
    mutation.mutate(
      { caseId: item.id },
      {
        onSuccess: (payload) => {
          if (!notifyRefusal(t, payload.userErrors)) notify(t(doneKey, { reference: item.reference }));
        },
        onError: () => notify(t('common:status.saveFailed'), 'red'),
      },
    );

  const isClosed = item.status === 'CLOSED';
  const busy = activate.isPending || release.isPending || reopen.isPending;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('cases.actions.label')}>
        {item.status === 'NEW' ? (
          <Button size="sm" onClick={() => simple(activate, 'cases.actions.activated')} loading={activate.isPending} disabled={busy}>
            {t('cases.actions.activate')}
          </Button>
        ) : null}
        {item.status === 'ON_HOLD' ? (
          <Button size="sm" onClick={() => simple(release, 'cases.actions.released')} loading={release.isPending} disabled={busy}>
            {t('cases.actions.release')}
          </Button>
        ) : null}
        {isClosed ? (
          <Button size="sm" onClick={() => simple(reopen, 'cases.actions.reopened')} loading={reopen.isPending} disabled={busy}>
            {t('cases.actions.reopen')}
          </Button>
        ) : null}
        {holdableStatuses.includes(item.status) ? (
          <Button size="sm" variant="default" onClick={() => setDialog('hold')}>
            {t('cases.actions.hold')}
          </Button>
        ) : null}
        {!isClosed ? (
          <Button size="sm" variant="default" onClick={() => setDialog('close')}>
            {t('cases.actions.close')}
          </Button>
        ) : null}
        <Button size="sm" variant="default" onClick={() => setDialog('reassign')}>
          {t('cases.actions.reassign')}
        </Button>
      </Group>

      <CaseModal opened={dialog === 'hold'} title={t('cases.actions.holdTitle', { reference: item.reference })} onClose={() => setDialog(null)}>
        <Text size="sm" mb="sm">
          {t('cases.actions.holdText')}
        </Text>
        <ReasonForm<HoldReason>
          reasons={holdReasons}
          reasonLabel={t('cases.actions.holdReason')}
          reasonKeyPrefix="cases.holdReasons"
          submitLabel={t('cases.actions.hold')}
          busy={hold.isPending}
          failed={hold.isError}
          onCancel={() => setDialog(null)}
          onSubmit={({ reason, note }, done) =>
            hold.mutate(
              { caseId: item.id, reason, ...(note ? { note } : {}) },
              {
                onSuccess: (payload) => {
                  if (payload.userErrors.length > 0) return done(payload.userErrors);
                  notify(t('cases.actions.held', { reference: item.reference }));
                  setDialog(null);
                },
              },
            )
          }
        />
      </CaseModal>

      <CaseModal opened={dialog === 'close'} title={t('cases.actions.closeTitle', { reference: item.reference })} onClose={() => setDialog(null)}>
        <ReasonForm<CloseReason>
          reasons={closeReasons}
          reasonLabel={t('cases.actions.closeReason')}
          reasonKeyPrefix="cases.closeReasons"
          submitLabel={t('cases.actions.close')}
          danger
          busy={close.isPending}
          failed={close.isError}
          onCancel={() => setDialog(null)}
          onSubmit={({ reason, note }, done) =>
            close.mutate(
              { caseId: item.id, reason, ...(note ? { note } : {}) },
              {
                onSuccess: (payload) => {
                  if (payload.userErrors.length > 0) return done(payload.userErrors);
                  notify(t('cases.actions.closed', { reference: item.reference }));
                  setDialog(null);
                },
              },
            )
          }
        />
      </CaseModal>

      <CaseModal opened={dialog === 'reassign'} title={t('cases.assign.title', { reference: item.reference })} onClose={() => setDialog(null)}>
        <ReassignForm
          item={item}
          onDone={(lostSight) => {
            setDialog(null);
            if (lostSight) onLostSight();
          }}
        />
      </CaseModal>
    </>
  );
}
