import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { partyPath } from '@/features/parties/components/party-format';
import { PartySection } from '@/features/parties/components/party-section';

/** The organisation a party belongs to, and the branches and contact persons under it. */
export function PartyTreeSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation('staff');
  const children = party.children.nodes;
  return (
    <PartySection
      title={t('parties.tree.title')}
      id="party-tree"
      action={
        canEdit && party.kind === 'ORGANISATION' ? (
          <Button size="xs" variant="light" component={Link} to={`/parties/new?parent=${encodeURIComponent(party.id)}`}>
            {t('parties.tree.addChild')}
          </Button>
        ) : null
      }
    >
      <Text>
        {t('parties.tree.parent')}{' '}
        {party.parent ? (
          <Anchor component={Link} to={partyPath(party.parent.id)}>
            {party.parent.displayName}
          </Anchor>
        ) : (
          <Text span c="dimmed">
            {t('parties.tree.noParent')}
          </Text>
        )}
      </Text>
      <Text fw={500}>{t('parties.tree.children', { number: party.children.totalCount })}</Text>
      {children.length > 0 ? (
        <List listStyleType="none" spacing="xs">
          {children.map((child) => (
            <List.Item key={child.id}>
              <Group gap="xs">
                <Anchor component={Link} to={partyPath(child.id)}>
                  {child.displayName}
                </Anchor>
                <Badge variant="light" color="gray" tt="none">
                  {t(child.kind === 'PERSON' ? 'parties.tree.contactPerson' : 'parties.tree.branch')}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </PartySection>
  );
}
