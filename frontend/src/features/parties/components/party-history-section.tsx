import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { PartySection } from '@/features/parties/components/party-section';

type Change = PartyDetailFieldsFragment['history'][number];

/** Preferred-channel values are channel kinds, shown in the user's language; other values are shown as recorded. */
function shown(change: Change, value: string | null, t: (key: string, options?: Record<string, unknown>) => string): string | null {
  if (value == null) return null;
  return change.kind === 'PREFERRED_CHANNEL_CHANGED' ? t(`parties.channelKinds.${value}`, { defaultValue: value }) : value;
}

/** What changed on the party's details, newest first: who, when, before → after. */
export function PartyHistorySection({ party }: { party: PartyDetailFieldsFragment }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <PartySection title={t('parties.history.title')} id="party-history">
      {party.history.length === 0 ? <Text c="dimmed">{t('parties.history.empty')}</Text> : null}
      <List listStyleType="none" spacing="sm">
        {party.history.map((change) => {
          const before = shown(change, change.before, t);
          const after = shown(change, change.after, t);
          return (
            <List.Item key={change.id}>
              <Text fw={500}>{t(`parties.history.kinds.${change.kind}`)}</Text>
              {before != null || after != null ? (
                <Text size="sm">
                  {before != null && after != null
                    ? t('parties.history.change', { before, after })
                    : after != null
                      ? t('parties.history.set', { after })
                      : t('parties.history.removed', { before })}
                </Text>
              ) : null}
              <Text size="sm" c="dimmed">
                {t('parties.notes.byline', { author: change.actor, time: formatDateTime(change.occurredAt, i18n.language) })}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </PartySection>
  );
}
