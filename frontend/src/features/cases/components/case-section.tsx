import { Alert, Button, Group, Modal, Paper, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserErrorLike, mapUserErrors, translateFieldErrors, userErrorMessageKey } from '@/lib/user-errors';

type CaseSectionProps = { title: string; id: string; action?: ReactNode; children: ReactNode };

/** One part of a case's page: a level-2 heading, an optional action beside it, the content below. */
export function CaseSection({ title, id, action, children }: CaseSectionProps) {
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

/** A modal for one change to a case, with the house close-button label. */
export function CaseModal({ opened, title, onClose, children }: { opened: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={opened} onClose={onClose} title={title} centered size="lg">
      {opened ? children : null}
    </Modal>
  );
}

/**
 * INVALID_CLAIM means a due date before the invoice date or an amount that is not positive, depending on the field:
 * on those fields the precise sentence reads better than the code's general one.
 */
function preciseClaimKey(error: UserErrorLike): string | null {
  if (error.code !== 'INVALID_CLAIM') return null;
  const last = error.field?.at(-1);
  if (last === 'dueDate') return 'cases.claims.errors.dueBeforeInvoice';
  if (last === 'principalAmount') return 'cases.claims.errors.notPositive';
  return null;
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
  const translated = translateFieldErrors(mapped, t);
  for (const error of errors) {
    const precise = preciseClaimKey(error);
    const [field] = Object.keys(mapUserErrors([error], fields).fields);
    if (precise && field && mapped.fields[field] === userErrorMessageKey(error.code)) translated[field] = t(precise);
  }
  form.setErrors(translated);
  return mapped.form;
}

/** After a refusal the first field in error gets the focus, so keyboard and screen-reader users land on it. */
export function focusFirstError(form: EventTarget | null | undefined): void {
  if (!(form instanceof HTMLElement)) return;
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

type FormFooterProps = { formErrors: readonly string[]; failed: boolean; busy: boolean; submitLabel: string; onCancel?: () => void; danger?: boolean };

/** Form-level errors, then Cancel and the submit button. */
export function FormFooter({ formErrors, failed, busy, submitLabel, onCancel, danger }: FormFooterProps) {
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
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        ) : null}
        <Button type="submit" loading={busy} color={danger ? 'red' : undefined}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
