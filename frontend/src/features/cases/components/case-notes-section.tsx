import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { CaseSection, applyUserErrors } from '@/features/cases/components/case-section';
import { useAddCaseNote } from '@/features/cases/hooks/use-add-case-note';

function AddNoteForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('staff');
  const addNote = useAddCaseNote();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '' },
    validate: { text: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    addNote.mutate(
      { caseId, text: values.text.trim() },
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
        <Textarea label={t('cases.notes.new')} autosize minRows={2} maxRows={10} {...form.getInputProps('text')} />
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
            {t('cases.notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CaseNotesSection({ item, canEdit }: { item: CaseDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <CaseSection title={t('cases.notes.title')} id="case-notes">
      {canEdit ? <AddNoteForm caseId={item.id} /> : null}
      {item.notes.length === 0 ? <Text c="dimmed">{t('cases.notes.empty')}</Text> : null}
      {item.notes.length > 0 ? (
        <List listStyleType="none" spacing="md" aria-labelledby="case-notes">
          {item.notes.map((note) => (
            <List.Item key={note.id}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
              <Text size="sm" c="dimmed">
                {t('cases.notes.byline', { author: note.author, time: formatDateTime(note.createdAt, i18n.language) })}
              </Text>
            </List.Item>
          ))}
        </List>
      ) : null}
    </CaseSection>
  );
}
