import { ActionIcon, Alert, Button, Group, Menu, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { SavedCaseViewFieldsFragment } from '@/lib/graphql-types';
import { mapUserErrors, translateFieldErrors, userErrorMessageKey } from '@/lib/user-errors';
import { type CaseListParams, fromSavedCaseView, toCaseFilter, toCaseOrder } from '@/features/cases/components/case-list-params';
import { useDeleteCaseView } from '@/features/cases/hooks/use-delete-case-view';
import { useRenameCaseView } from '@/features/cases/hooks/use-rename-case-view';
import { useSaveCaseView } from '@/features/cases/hooks/use-save-case-view';
import { useSavedCaseViews } from '@/features/cases/hooks/use-saved-case-views';

type SavedView = SavedCaseViewFieldsFragment;
type UserErrors = readonly { code: string; field?: readonly string[] | null }[];

/** Asks for a name, for saving the current list as a view or renaming one. */
function ViewNameModal({
  title,
  initialName,
  busy,
  failed,
  onSubmit,
  onClose,
}: {
  title: string;
  initialName: string;
  busy: boolean;
  failed: boolean;
  onSubmit: (name: string, showErrors: (errors: UserErrors) => void) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('staff');
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: initialName },
    validate: { name: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });
  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    onSubmit(values.name.trim(), (errors) => {
      const mapped = mapUserErrors(errors, ['name']);
      form.setErrors(translateFieldErrors(mapped, t));
      setFormErrors(mapped.form);
    });
  });
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('cases.views.name')}
            description={t('cases.views.nameHint')}
            required
            maxLength={80}
            data-autofocus
            {...form.getInputProps('name')}
          />
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
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The user's saved views of the case list: pick one to apply its filters and sort, save the current ones under a
 * name, rename or delete the chosen one.
 */
export function SavedCaseViews({ params, onApply }: { params: CaseListParams; onApply: (next: CaseListParams) => void }) {
  const { t } = useTranslation('staff');
  const views = useSavedCaseViews();
  const saveView = useSaveCaseView();
  const renameView = useRenameCaseView();
  const deleteView = useDeleteCaseView();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'save' | 'rename' | 'delete' | null>(null);
  const all = views.data ?? [];
  const chosen = all.find((view) => view.id === chosenId) ?? null;

  const apply = (view: SavedView | null) => {
    setChosenId(view?.id ?? null);
    if (view) onApply(fromSavedCaseView(view.filter, view.orderBy));
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('cases.views.label')}
        placeholder={all.length === 0 ? t('cases.views.none') : t('cases.views.placeholder')}
        disabled={all.length === 0}
        clearable
        searchable
        w={260}
        data={all.map((view) => ({ value: view.id, label: view.name }))}
        value={chosen?.id ?? null}
        onChange={(id) => apply(all.find((view) => view.id === id) ?? null)}
      />
      {chosen ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label={t('cases.views.manage', { name: chosen.name })}>
              <span aria-hidden="true">⋯</span>
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setDialog('rename')}>{t('cases.views.rename')}</Menu.Item>
            <Menu.Item color="red" onClick={() => setDialog('delete')}>
              {t('cases.views.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : null}
      <Button variant="default" onClick={() => setDialog('save')}>
        {t('cases.views.save')}
      </Button>
      {dialog === 'save' ? (
        <ViewNameModal
          title={t('cases.views.saveTitle')}
          initialName=""
          busy={saveView.isPending}
          failed={saveView.isError}
          onClose={() => setDialog(null)}
          onSubmit={(name, showErrors) =>
            saveView.mutate(
              { name, filter: toCaseFilter(params), orderBy: toCaseOrder(params.sort) },
              {
                onSuccess: (payload) => {
                  if (payload.userErrors.length > 0 || !payload.savedCaseView) return showErrors(payload.userErrors);
                  setChosenId(payload.savedCaseView.id);
                  setDialog(null);
                  notifications.show({ color: 'teal', message: t('cases.views.saved', { name }) });
                },
              },
            )
          }
        />
      ) : null}
      {dialog === 'rename' && chosen ? (
        <ViewNameModal
          title={t('cases.views.renameTitle', { name: chosen.name })}
          initialName={chosen.name}
          busy={renameView.isPending}
          failed={renameView.isError}
          onClose={() => setDialog(null)}
          onSubmit={(name, showErrors) =>
            renameView.mutate(
              { viewId: chosen.id, name },
              {
                onSuccess: (payload) => {
                  if (payload.userErrors.length > 0) return showErrors(payload.userErrors);
                  setDialog(null);
                  notifications.show({ color: 'teal', message: t('cases.views.renamed', { name }) });
                },
              },
            )
          }
        />
      ) : null}
      {chosen ? (
        <ConfirmDialog
          opened={dialog === 'delete'}
          title={t('cases.views.deleteTitle', { name: chosen.name })}
          confirmLabel={t('cases.views.delete')}
          danger
          busy={deleteView.isPending}
          error={
            deleteView.data?.userErrors[0]
              ? t(userErrorMessageKey(deleteView.data.userErrors[0].code))
              : deleteView.isError
                ? t('common:status.saveFailed')
                : null
          }
          onClose={() => setDialog(null)}
          onConfirm={() =>
            deleteView.mutate(chosen.id, {
              onSuccess: (payload) => {
                if (payload.userErrors.length > 0) return;
                setDialog(null);
                setChosenId(null);
                notifications.show({ color: 'teal', message: t('cases.views.deleted', { name: chosen.name }) });
              },
            })
          }
        >
          {t('cases.views.deleteText')}
        </ConfirmDialog>
      ) : null}
    </Group>
  );
}
