import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/dates';
import type { RateEntryKind } from '@/lib/graphql-types';

/** One administrator's entry as the history shows it; `value` is already formatted (null for a withdrawal). */
export type HistoryEntry = {
  id: string;
  enteredAt: string;
  enteredBy: string;
  kind: RateEntryKind;
  isCurrent?: boolean;
  validFrom?: string;
  value: string | null;
  isConfirmed: boolean;
  source: string;
};

/** Who changed what and when: every entry, newest first; superseded ones are marked, withdrawals show no value. */
export function EntryHistoryTable({ caption, valueLabel, entries }: { caption: string; valueLabel: string; entries: readonly HistoryEntry[] }) {
  const { t, i18n } = useTranslation('staff');
  const showValidFrom = entries.some((entry) => entry.validFrom !== undefined);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rates.fields.enteredAt')}</Table.Th>
            <Table.Th scope="col">{t('rates.fields.enteredBy')}</Table.Th>
            <Table.Th scope="col">{t('rates.changes.what')}</Table.Th>
            {showValidFrom ? <Table.Th scope="col">{t('rates.fields.validFrom')}</Table.Th> : null}
            <Table.Th scope="col">{valueLabel}</Table.Th>
            <Table.Th scope="col">{t('rates.fields.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.enteredAt, i18n.language)}</Table.Td>
              <Table.Td>{entry.enteredBy}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {t(`rates.kinds.${entry.kind}`)}
                  {entry.isCurrent === false ? (
                    <Badge color="gray" variant="outline">
                      {t('rates.changes.superseded')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              {showValidFrom ? (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.validFrom ? formatDate(entry.validFrom, i18n.language) : ''}</Table.Td>
              ) : null}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {entry.value ?? '—'}
                {entry.value && !entry.isConfirmed ? (
                  <Text size="xs" c="dimmed">
                    {t('rates.status.unconfirmed')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.source}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
