import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { PartySummaryFieldsFragment } from '@/lib/graphql-types';
import { addressLine, currentAddress } from '@/features/parties/components/party-format';

/** The facts that tell two parties with similar names apart: kind, birth date or registration, current address. */
export function PartySummaryFacts({ party }: { party: PartySummaryFieldsFragment }) {
  const { t, i18n } = useTranslation('staff');
  const address = currentAddress(party.addresses, todayIsoDate());
  const facts = [
    party.person?.dateOfBirth ? t('parties.summary.born', { date: formatDate(party.person.dateOfBirth, i18n.language) }) : null,
    party.organisation?.registrationNumber
      ? t('parties.summary.registration', {
          scheme: party.organisation.registrationScheme ? t(`parties.registrationSchemes.${party.organisation.registrationScheme}`) : '',
          number: party.organisation.registrationNumber,
        })
      : null,
    address ? addressLine(address) : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="light" color={party.kind === 'PERSON' ? 'blue' : 'grape'}>
        {t(`parties.kinds.${party.kind}`)}
      </Badge>
      {party.mergedInto ? (
        <Badge variant="light" color="gray">
          {t('parties.summary.merged')}
        </Badge>
      ) : null}
      {facts.length > 0 ? (
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
      ) : null}
    </Group>
  );
}
