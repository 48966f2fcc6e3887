import { Badge, Button, Drawer, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { useTeamMembers } from '@/features/teams/hooks/use-team-members';

type TeamMembersDrawerProps = { team: { id: string; name: string } | null; onClose: () => void };

export function TeamMembersDrawer({ team, onClose }: TeamMembersDrawerProps) {
  const { t } = useTranslation('staff');
  const members = useTeamMembers(team?.id ?? null);
  const pages = members.data?.pages ?? [];
  const people = pages.flatMap((page) => (page.node && 'members' in page.node ? page.node.members.nodes : []));
  return (
    <Drawer closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={team !== null} onClose={onClose} position="right" title={t('teams.members.title', { name: team?.name ?? '' })}>
      <Stack>
        {members.isPending ? <InlineLoader /> : null}
        {members.isError ? <QueryError onRetry={() => void members.refetch()} /> : null}
        {members.data && people.length === 0 ? <Text c="dimmed">{t('teams.members.empty')}</Text> : null}
        {people.length > 0 ? (
          <List listStyleType="none" spacing="sm">
            {people.map((person) => (
              <List.Item key={person.id}>
                <Text fw={500}>{person.name}</Text>
                <Text size="sm" c="dimmed">
                  {person.email} · {person.roles.map((role) => t(`common:roles.${role}`)).join(', ')}
                </Text>
                {!person.active ? (
                  <Badge color="gray" variant="light" mt={2}>
                    {t('users.status.inactive')}
                  </Badge>
                ) : null}
              </List.Item>
            ))}
          </List>
        ) : null}
        {members.hasNextPage ? (
          <Button variant="default" onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>
            {t('common:actions.loadMore')}
          </Button>
        ) : null}
      </Stack>
    </Drawer>
  );
}
