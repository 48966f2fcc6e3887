import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { PartySection, applyUserErrors } from '@/features/parties/components/party-section';
import { useAddPartyNote } from '@/features/parties/hooks/use-add-party-note';

function AddNoteForm({ partyId }: { partyId: string }) {
  const { t } = useTranslation('staff');
  const addNote = useAddPartyNote();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '' },
    validate: { text: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    addNote.mutate(
      { partyId, text: values.text.trim() },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, ['text'], t));
            return;
          }
          form.reset();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea label={t('parties.notes.new')} rows={3} {...form.getInputProps('text')} />
        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {addNote.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={addNote.isPending}>
            {t('parties.notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PartyNotesSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <PartySection title={t('parties.notes.title')} id="party-notes">
      {canEdit ? <AddNoteForm partyId={party.id} /> : null}
      {party.notes.length === 0 ? <Text c="dimmed">{t('parties.notes.empty')}</Text> : null}
      <List listStyleType="none" spacing="md">
        {party.notes.map((note) => (
          <List.Item key={note.id}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
            <Text size="sm" c="dimmed">
              {t('parties.notes.byline', { author: note.author, time: formatDateTime(note.createdAt, i18n.language) })}
            </Text>
          </List.Item>
        ))}
      </List>
    </PartySection>
  );
}
