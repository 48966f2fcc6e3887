import { Badge, Button, Group, Menu, ActionIcon, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { mapUserErrors } from '@/lib/user-errors';
import { type EditableTeam, TeamFormModal } from '@/features/teams/components/team-form-modal';
import { TeamMembersDrawer } from '@/features/teams/components/team-members-drawer';
import { useArchiveTeam } from '@/features/teams/hooks/use-archive-team';
import { useTeams } from '@/features/teams/hooks/use-teams';

export function TeamsAdmin() {
  const { t } = useTranslation('staff');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<EditableTeam | null>(null);
  const [viewing, setViewing] = useState<{ id: string; name: string } | null>(null);
  const [archiving, setArchiving] = useState<{ id: string; name: string } | null>(null);
  const teams = useTeams(includeArchived);
  const archive = useArchiveTeam();
  const rows = teams.data?.pages.flatMap((page) => page.teams.nodes) ?? [];
  const archiveErrors = archive.data?.userErrors ?? [];
  const archiveError = archiveErrors.length ? mapUserErrors(archiveErrors, []).form[0] : archive.isError ? 'common:status.saveFailed' : undefined;

  const closeArchive = () => {
    archive.reset();
    setArchiving(null);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Switch
          label={t('teams.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
        />
        <Button
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
        >
          {t('teams.actions.create')}
        </Button>
      </Group>
      {teams.isError ? <QueryError onRetry={() => void teams.refetch()} /> : null}
      {teams.isPending ? <InlineLoader /> : null}
      {teams.data ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t('teams.table.caption', { number: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('teams.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('teams.fields.description')}</Table.Th>
                <Table.Th scope="col">{t('teams.table.members')}</Table.Th>
                <Table.Th scope="col">{t('teams.table.status')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('teams.table.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed">{t('teams.table.empty')}</Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                rows.map((team) => (
                  <Table.Tr key={team.id}>
                    <Table.Th scope="row" fw={500}>
                      {team.name}
                    </Table.Th>
                    <Table.Td>{team.description ?? ''}</Table.Td>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => setViewing({ id: team.id, name: team.name })}>
                        {t('teams.table.memberCount', { number: team.members.totalCount })}
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={team.active ? 'teal' : 'gray'} variant="light">
                        {t(team.active ? 'teams.status.active' : 'teams.status.archived')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={t('teams.actions.menu', { name: team.name })}>
                            <span aria-hidden="true">⋯</span>
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item
                            onClick={() => {
                              setEditing({ id: team.id, name: team.name, description: team.description ?? null });
                              setFormOpen(true);
                            }}
                          >
                            {t('teams.actions.edit')}
                          </Menu.Item>
                          <Menu.Item onClick={() => setViewing({ id: team.id, name: team.name })}>{t('teams.actions.members')}</Menu.Item>
                          {team.active ? (
                            <Menu.Item color="red" onClick={() => setArchiving({ id: team.id, name: team.name })}>
                              {t('teams.actions.archive')}
                            </Menu.Item>
                          ) : null}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {teams.hasNextPage ? (
        <Button variant="default" onClick={() => void teams.fetchNextPage()} loading={teams.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common:actions.loadMore')}
        </Button>
      ) : null}

      <TeamFormModal opened={formOpen} team={editing} onClose={() => setFormOpen(false)} />
      <TeamMembersDrawer team={viewing} onClose={() => setViewing(null)} />
      <ConfirmDialog
        opened={archiving !== null}
        title={t('teams.archive.title')}
        confirmLabel={t('teams.actions.archive')}
        danger
        busy={archive.isPending}
        error={archiveError ? t(archiveError) : null}
        onClose={closeArchive}
        onConfirm={() => {
          if (!archiving) return;
          const name = archiving.name;
          archive.mutate(archiving.id, {
            onSuccess: (payload) => {
              if (payload.userErrors.length > 0) return;
              notifications.show({ color: 'teal', message: t('teams.archive.done', { name }) });
              closeArchive();
            },
          });
        }}
      >
        {t('teams.archive.text', { name: archiving?.name ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
