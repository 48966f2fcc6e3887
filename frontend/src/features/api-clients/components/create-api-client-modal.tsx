import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '@/components/copy-value';
import { mapUserErrors } from '@/lib/user-errors';
import { useCreateApiClient } from '@/features/api-clients/hooks/use-create-api-client';

function CreateApiClientBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('staff');
  const create = useCreateApiClient();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; clientId: string; clientSecret: string } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (name.trim() === '') {
      setNameError(t('common:userErrors.REQUIRED'));
      return;
    }
    setNameError(null);
    create.mutate(name.trim(), {
      onSuccess: (payload) => {
        if (payload.userErrors.length > 0 || !payload.apiClient || !payload.clientSecret) {
          const mapped = mapUserErrors(payload.userErrors, ['name']);
          setNameError(mapped.fields.name ? t(mapped.fields.name) : null);
          setFormError(mapped.form[0] ?? (mapped.fields.name ? null : 'common:userErrors.UNKNOWN'));
          return;
        }
        setCreated({ name: payload.apiClient.name, clientId: payload.apiClient.clientId, clientSecret: payload.clientSecret });
      },
    });
  };

  if (created) {
    return (
      <Stack>
        <Alert color="orange" role="alert" title={t('apiClients.created.warningTitle')}>
          {t('apiClients.created.warning')}
        </Alert>
        <CopyValue label={t('apiClients.fields.clientId')} value={created.clientId} />
        <CopyValue label={t('apiClients.fields.clientSecret')} value={created.clientSecret} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('apiClients.created.done')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('apiClients.fields.name')}
          description={t('apiClients.fields.nameHint')}
          required
          data-autofocus
          value={name}
          error={nameError}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        {formError ? (
          <Alert color="red" role="alert">
            {t(formError)}
          </Alert>
        ) : null}
        {create.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('apiClients.actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateApiClientModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={opened} onClose={onClose} title={t('apiClients.createTitle')} centered size="lg" closeOnClickOutside={false}>
      {opened ? <CreateApiClientBody onClose={onClose} /> : null}
    </Modal>
  );
}
