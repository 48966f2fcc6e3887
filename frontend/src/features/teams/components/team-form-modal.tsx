import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { useCreateTeam } from '@/features/teams/hooks/use-create-team';
import { useUpdateTeam } from '@/features/teams/hooks/use-update-team';

export type EditableTeam = { id: string; name: string; description: string | null };

type TeamFormProps = { team: EditableTeam | null; onDone: () => void };

function TeamForm({ team, onDone }: TeamFormProps) {
  const { t } = useTranslation('staff');
  const createTeam = useCreateTeam();
  const updateTeam = useUpdateTeam();
  const mutation = team ? updateTeam : createTeam;
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: team?.name ?? '', description: team?.description ?? '' },
    validate: { name: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });

  const handle = (payload: { userErrors: readonly { code: string; field?: readonly string[] | null }[] }, name: string) => {
    if (payload.userErrors.length > 0) {
      const mapped = mapUserErrors(payload.userErrors, ['name', 'description']);
      form.setErrors(translateFieldErrors(mapped, t));
      setFormErrors(mapped.form);
      return;
    }
    notifications.show({ color: 'teal', message: t(team ? 'teams.form.updated' : 'teams.form.created', { name }) });
    onDone();
  };

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const name = values.name.trim();
    const description = values.description.trim();
    if (team) updateTeam.mutate({ teamId: team.id, name, description }, { onSuccess: (p) => handle(p, name) });
    else createTeam.mutate({ name, description: description || null }, { onSuccess: (p) => handle(p, name) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('teams.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <Textarea label={t('teams.fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {mutation.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {team ? t('common:actions.save') : t('teams.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Creates a team (team = null) or renames and re-describes one. */
export function TeamFormModal({ opened, team, onClose }: { opened: boolean; team: EditableTeam | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={opened} onClose={onClose} title={t(team ? 'teams.form.editTitle' : 'teams.form.createTitle')} centered>
      {opened ? <TeamForm key={team?.id ?? 'new'} team={team} onDone={onClose} /> : null}
    </Modal>
  );
}
