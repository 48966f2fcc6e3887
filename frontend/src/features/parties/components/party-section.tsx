import { Alert, Button, Group, Modal, Paper, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserErrorLike, mapUserErrors, translateFieldErrors } from '@/lib/user-errors';

type PartySectionProps = { title: string; id: string; action?: ReactNode; children: ReactNode };

/** One part of a party's page: a level-2 heading, an optional action beside it, the content below. */
export function PartySection({ title, id, action, children }: PartySectionProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A modal for one change to a party, with the house close-button label. */
export function PartyModal({ opened, title, onClose, children }: { opened: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={opened} onClose={onClose} title={title} centered size="lg">
      {opened ? children : null}
    </Modal>
  );
}

/**
 * Puts userErrors on the form's fields (through lib/user-errors) and returns the i18n keys of the rest.
 * @param fields userError paths after `input` → form fields.
 */
export function applyUserErrors<V>(
  form: UseFormReturnType<V>,
  errors: readonly UserErrorLike[],
  fields: Readonly<Record<string, string>> | readonly string[],
  t: (key: string) => string,
): string[] {
  const mapped = mapUserErrors(errors, fields);
  form.setErrors(translateFieldErrors(mapped, t));
  return mapped.form;
}

type FormFooterProps = { formErrors: readonly string[]; failed: boolean; busy: boolean; submitLabel: string; onCancel: () => void; extra?: ReactNode };

/** Form-level errors, then Cancel and the submit button. */
export function FormFooter({ formErrors, failed, busy, submitLabel, onCancel, extra }: FormFooterProps) {
  const { t } = useTranslation('staff');
  return (
    <>
      {formErrors.map((key) => (
        <Alert key={key} color="red" role="alert">
          {t(key)}
        </Alert>
      ))}
      {failed ? (
        <Alert color="red" role="alert">
          {t('common:status.saveFailed')}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        {extra}
        <Button variant="default" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
