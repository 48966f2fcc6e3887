import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateReason, PartySummaryFieldsFragment } from '@/lib/graphql-types';
import { PartySummaryFacts } from '@/features/parties/components/party-summary';

export type PartyDuplicateCandidate = { party: PartySummaryFieldsFragment; reasons: readonly DuplicateReason[] };

type PartyDuplicatesProps = {
  candidates: readonly PartyDuplicateCandidate[];
  creating: boolean;
  onUse: (partyId: string) => void;
  onCreateAnyway: () => void;
};

/** Existing parties that look like the one being created: use one of them, or create the new one anyway. */
export function PartyDuplicates({ candidates, creating, onUse, onCreateAnyway }: PartyDuplicatesProps) {
  const { t } = useTranslation('staff');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Alert color="yellow" variant="light" aria-labelledby="party-duplicates-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="party-duplicates-title" ref={heading} tabIndex={-1}>
          {t('parties.duplicates.title')}
        </Title>
        <Text size="sm">{t('parties.duplicates.text')}</Text>
        <List listStyleType="none" spacing="md" aria-labelledby="party-duplicates-title">
          {candidates.map(({ party, reasons }) => (
            <List.Item key={party.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <Stack gap={4}>
                  <Text fw={600}>{party.displayName}</Text>
                  <PartySummaryFacts party={party} />
                  <Group gap={4} aria-label={t('parties.duplicates.reasons')}>
                    {reasons.map((reason) => (
                      <Badge key={reason} color="yellow" variant="filled" c="dark" tt="none">
                        {t(`parties.duplicateReasons.${reason}`)}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
                <Button variant="light" onClick={() => onUse(party.id)} aria-label={t('parties.duplicates.useNamed', { name: party.displayName })}>
                  {t('parties.duplicates.use')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" loading={creating} onClick={onCreateAnyway}>
            {t('parties.duplicates.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
