import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDateTime } from '@/lib/dates';
import { mapUserErrors } from '@/lib/user-errors';
import { CreateApiClientModal } from '@/features/api-clients/components/create-api-client-modal';
import { useApiClients } from '@/features/api-clients/hooks/use-api-clients';
import { useRevokeApiClient } from '@/features/api-clients/hooks/use-revoke-api-client';

export function ApiClientsAdmin() {
  const { t, i18n } = useTranslation('staff');
  const clients = useApiClients();
  const revoke = useRevokeApiClient();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const rows = clients.data?.pages.flatMap((page) => page.apiClients.nodes) ?? [];
  const revokeErrors = revoke.data?.userErrors ?? [];
  const revokeError = revokeErrors.length ? mapUserErrors(revokeErrors, []).form[0] : revoke.isError ? 'common:status.saveFailed' : undefined;

  const closeRevoke = () => {
    revoke.reset();
    setRevoking(null);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={640}>
          {t('apiClients.intro')}
        </Text>
        <Button onClick={() => setCreating(true)}>{t('apiClients.actions.create')}</Button>
      </Group>
      {clients.isError ? <QueryError onRetry={() => void clients.refetch()} /> : null}
      {clients.isPending ? <InlineLoader /> : null}
      {clients.data ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t('apiClients.table.caption', { number: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('apiClients.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('apiClients.fields.clientId')}</Table.Th>
                <Table.Th scope="col">{t('apiClients.table.status')}</Table.Th>
                <Table.Th scope="col">{t('apiClients.table.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('apiClients.table.lastUsedAt')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('apiClients.table.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed">{t('apiClients.table.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((client) => (
                  <Table.Tr key={client.id}>
                    <Table.Th scope="row" fw={500}>
                      {client.name}
                    </Table.Th>
                    <Table.Td>
                      <Code>{client.clientId}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={client.active ? 'teal' : 'gray'} variant="light">
                        {t(client.active ? 'apiClients.status.active' : 'apiClients.status.revoked')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(client.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{client.lastUsedAt ? formatDateTime(client.lastUsedAt, i18n.language) : t('apiClients.table.never')}</Table.Td>
                    <Table.Td>
                      {client.active ? (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          aria-label={t('apiClients.actions.revokeNamed', { name: client.name })}
                          onClick={() => setRevoking({ id: client.id, name: client.name })}
                        >
                          {t('apiClients.actions.revoke')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {clients.hasNextPage ? (
        <Button variant="default" onClick={() => void clients.fetchNextPage()} loading={clients.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}

      <CreateApiClientModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('apiClients.revoke.title')}
        confirmLabel={t('apiClients.actions.revoke')}
        danger
        busy={revoke.isPending}
        error={revokeError ? t(revokeError) : null}
        onClose={closeRevoke}
        onConfirm={() => {
          if (!revoking) return;
          const name = revoking.name;
          revoke.mutate(revoking.id, {
            onSuccess: (payload) => {
              if (payload.userErrors.length > 0) return;
              notifications.show({ color: 'teal', message: t('apiClients.revoke.done', { name }) });
              closeRevoke();
            },
          });
        }}
      >
        {t('apiClients.revoke.text', { name: revoking?.name ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
