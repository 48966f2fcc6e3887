import { Button, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDateTime } from '@/lib/dates';
import type { AuditAction } from '@/lib/graphql-types';
import { useAuditEvents } from '@/features/audit/hooks/use-audit-events';

/** Every audited action, in the schema's order (sign-ins first, then administration). */
export const auditActions: readonly AuditAction[] = [
  'SIGN_IN_SUCCEEDED',
  'SIGN_IN_FAILED',
  'ACCOUNT_LOCKED',
  'SIGNED_OUT',
  'SESSION_REUSE_DETECTED',
  'USER_CREATED',
  'USER_UPDATED',
  'USER_DEACTIVATED',
  'USER_REACTIVATED',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'TEAM_CREATED',
  'TEAM_UPDATED',
  'TEAM_ARCHIVED',
  'API_CLIENT_CREATED',
  'API_CLIENT_REVOKED',
  'USER_CLIENTS_CHANGED',
];

export function AuditLog() {
  const { t, i18n } = useTranslation('staff');
  const [action, setAction] = useState<AuditAction | null>(null);
  const events = useAuditEvents(action);
  const rows = events.data?.pages.flatMap((page) => page.auditEvents.nodes) ?? [];
  const total = events.data?.pages.at(-1)?.auditEvents.totalCount ?? 0;

  return (
    <Stack>
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.allActions')}
        clearable
        searchable
        data={auditActions.map((value) => ({ value, label: t(`audit.actions.${value}`) }))}
        value={action}
        onChange={(value) => setAction(value as AuditAction | null)}
        maw={320}
      />
      {events.isError ? <QueryError onRetry={() => void events.refetch()} /> : null}
      {events.isPending ? <InlineLoader /> : null}
      {events.data ? (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>{t('audit.table.caption', { shown: rows.length, total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.table.occurredAt')}</Table.Th>
                <Table.Th scope="col">{t('audit.table.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.table.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.table.subject')}</Table.Th>
                <Table.Th scope="col">{t('audit.table.detail')}</Table.Th>
                <Table.Th scope="col">{t('audit.table.ipAddress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed">{t('audit.table.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt, i18n.language)}</Table.Td>
                    <Table.Td>{t(`audit.actions.${event.action}`)}</Table.Td>
                    <Table.Td>{event.actor}</Table.Td>
                    <Table.Td>{event.subject ?? ''}</Table.Td>
                    <Table.Td>{event.detail ?? ''}</Table.Td>
                    <Table.Td>{event.ipAddress ?? ''}</Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {events.hasNextPage ? (
        <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
