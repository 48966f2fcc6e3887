import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@/lib/graphql-types';
import { reasonKey, statusColors } from '@/features/cases/components/case-format';

/** A case's status with its reason, e.g. "On hold · Dispute". */
export function caseStatusText(t: (key: string) => string, status: CaseStatus, reason: string | null | undefined): string {
  const key = reasonKey(reason);
  const name = t(`cases.statuses.${status}`);
  return key ? `${name} · ${t(key)}` : name;
}

export function CaseStatusBadge({ status, reason, size = 'md' }: { status: CaseStatus; reason?: string | null; size?: 'md' | 'lg' }) {
  const { t } = useTranslation('staff');
  return (
    <Badge color={statusColors[status]} variant="light" size={size}>
      {caseStatusText(t, status, reason)}
    </Badge>
  );
}
