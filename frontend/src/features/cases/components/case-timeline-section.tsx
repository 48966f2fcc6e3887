import { List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { caseRoles, parseMoneyValue, parseStatusValue } from '@/features/cases/components/case-format';
import { CaseSection } from '@/features/cases/components/case-section';
import { caseStatusText } from '@/features/cases/components/case-status-badge';

type CaseEvent = CaseDetailFieldsFragment['timeline'][number];

const knownKinds = [
  'OPENED',
  'STATUS_CHANGED',
  'ASSIGNED',
  'CLAIM_ADDED',
  'NOTE_ADDED',
  'PARTY_ADDED',
  'PLAN_CREATED',
  'PLAN_CANCELLED',
  'PLAN_BROKEN',
  'PLAN_COMPLETED',
  'INSTALMENT_MISSED',
  'INTEREST_SETTLEMENT_ADDED',
  'PROMISE_MADE',
  'PROMISE_KEPT',
  'PROMISE_BROKEN',
  'PROMISE_WITHDRAWN',
  'REMINDER_RECORDED',
  'ARRANGEMENT_CHECK_FAILED',
];

/** Kinds whose recorded value is an amount (`1234.50 EUR`). */
const moneyKinds = [
  'CLAIM_ADDED',
  'PLAN_CREATED',
  'INSTALMENT_MISSED',
  'INTEREST_SETTLEMENT_ADDED',
  'PROMISE_MADE',
  'PROMISE_KEPT',
  'PROMISE_BROKEN',
  'PROMISE_WITHDRAWN',
];

/**
 * The timeline records values as the server keeps them (`ON_HOLD (DISPUTE)`, `1234.50 EUR`, `Team / User`);
 * shown in the reader's language where we know their form, else as recorded.
 */
function describeValue(t: TFunction, language: string, kind: string, value: string): string {
  if (kind === 'STATUS_CHANGED') {
    const status = parseStatusValue(value);
    if (status) return caseStatusText(t, status.status, status.reason);
  }
  if (moneyKinds.includes(kind)) {
    const money = parseMoneyValue(value);
    if (money) return formatMoney(money, language);
  }
  if (kind === 'PARTY_ADDED' && (caseRoles as readonly string[]).includes(value)) return t(`cases.roles.${value}`);
  if (kind === 'ASSIGNED') {
    const [team, user] = value.split(' / ');
    if (team !== undefined && user !== undefined) {
      return t('cases.timeline.assignment', {
        team: team === 'no team' ? t('cases.assign.noTeam') : team,
        user: user === 'nobody' ? t('cases.assign.nobody') : user,
      });
    }
  }
  return value;
}

function describeDetail(t: TFunction, kind: string, detail: string): string {
  const opened = kind === 'OPENED' ? /^(\d+) claim\(s\) for (.+)$/.exec(detail) : null;
  if (opened?.[1] && opened[2]) return t('cases.timeline.openedDetail', { number: opened[1], client: opened[2] });
  const invoice = kind === 'CLAIM_ADDED' ? /^invoice (.+)$/.exec(detail) : null;
  if (invoice?.[1]) return t('cases.timeline.invoice', { number: invoice[1] });
  if (kind === 'ASSIGNED' && detail === 'handover') return t('cases.timeline.handover');
  return detail;
}

function EventEntry({ event }: { event: CaseEvent }) {
  const { t, i18n } = useTranslation('staff');
  const title = knownKinds.includes(event.kind) ? t(`cases.timeline.kinds.${event.kind}`) : event.kind;
  const before = event.before ? describeValue(t, i18n.language, event.kind, event.before) : null;
  const after = event.after ? describeValue(t, i18n.language, event.kind, event.after) : null;
  const change = before && after ? `${before} → ${after}` : (after ?? before);
  return (
    <List.Item>
      <Text fw={600}>
        {title}
        {change ? <Text span fw={400}>{`: ${change}`}</Text> : null}
      </Text>
      {event.detail ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {describeDetail(t, event.kind, event.detail)}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('cases.timeline.byline', { actor: event.actor, time: formatDateTime(event.occurredAt, i18n.language) })}
      </Text>
    </List.Item>
  );
}

/** Everything that happened on the case, newest first. */
export function CaseTimelineSection({ item }: { item: CaseDetailFieldsFragment }) {
  const { t } = useTranslation('staff');
  const events = [...item.timeline].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return (
    <CaseSection title={t('cases.timeline.title')} id="case-timeline">
      {events.length === 0 ? <Text c="dimmed">{t('cases.timeline.empty')}</Text> : null}
      {events.length > 0 ? (
        <List listStyleType="none" spacing="md" aria-labelledby="case-timeline">
          {events.map((event) => (
            <EventEntry key={event.id} event={event} />
          ))}
        </List>
      ) : null}
    </CaseSection>
  );
}
