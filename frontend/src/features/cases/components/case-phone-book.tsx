import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { caseRoles, channelHref, partyPagePath } from '@/features/cases/components/case-format';
import { CaseSection } from '@/features/cases/components/case-section';

type CaseParty = CaseDetailFieldsFragment['parties'][number];

/** Debtors first, then the others in the order of their roles. */
function byRole(a: CaseParty, b: CaseParty): number {
  return caseRoles.indexOf(a.role) - caseRoles.indexOf(b.role);
}

/** Everyone on the case with their role, and how to reach them: phones and e-mail addresses as links. */
export function CasePhoneBook({ item }: { item: CaseDetailFieldsFragment }) {
  const { t } = useTranslation('staff');
  const parties = [...item.parties].sort(byRole);
  return (
    <CaseSection title={t('cases.phoneBook.title')} id="case-phone-book">
      {parties.length === 0 ? <Text c="dimmed">{t('cases.phoneBook.empty')}</Text> : null}
      <List listStyleType="none" spacing="md" aria-labelledby="case-phone-book">
        {parties.map(({ party, role }) => {
          const channels = party.contactChannels.filter((channel) => channel.kind !== 'POST');
          return (
            <List.Item key={`${party.id}-${role}`}>
              <Stack gap={4}>
                <Group gap="xs">
                  <Anchor component={Link} to={partyPagePath(party.id)} fw={600}>
                    {party.displayName}
                  </Anchor>
                  <Badge variant="light" color={role === 'DEBTOR' ? 'red' : 'gray'}>
                    {t(`cases.roles.${role}`)}
                  </Badge>
                </Group>
                {channels.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('cases.phoneBook.noChannels')}
                  </Text>
                ) : (
                  <Group gap="md" wrap="wrap">
                    {channels.map((channel) => {
                      const href = channelHref(channel.kind, channel.value);
                      return (
                        <Group key={channel.id} gap={6} wrap="nowrap">
                          <Text size="sm" c="dimmed">
                            {t(`cases.phoneBook.channelKinds.${channel.kind}`)}
                            {channel.label ? ` (${channel.label})` : ''}:
                          </Text>
                          {href ? (
                            <Anchor size="sm" href={href} td={channel.optedOut ? 'line-through' : undefined}>
                              {channel.value}
                            </Anchor>
                          ) : (
                            <Text size="sm">{channel.value}</Text>
                          )}
                          {channel.optedOut ? (
                            <Badge color="red" variant="light" size="sm">
                              {t('cases.phoneBook.optedOut')}
                            </Badge>
                          ) : null}
                        </Group>
                      );
                    })}
                  </Group>
                )}
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </CaseSection>
  );
}
