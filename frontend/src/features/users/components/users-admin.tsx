import { ActionIcon, Badge, Button, Group, Menu, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { formatDateTime, isAfterNow } from '@/lib/dates';
import type { AdminUserFieldsFragment, Role, UserFilter, UserOrder } from '@/lib/graphql-types';
import { CreateUserDrawer } from '@/features/users/components/create-user-drawer';
import { EditUserDrawer } from '@/features/users/components/edit-user-drawer';
import { ResetPasswordModal } from '@/features/users/components/reset-password-modal';
import { allRoles } from '@/features/users/components/roles';
import { UserActivationDialog } from '@/features/users/components/user-activation-dialog';
import { useTeamOptions } from '@/features/users/hooks/use-team-options';
import { useUsers } from '@/features/users/hooks/use-users';

const sortOptions = {
  'NAME-ASC': { field: 'NAME', direction: 'ASC' },
  'NAME-DESC': { field: 'NAME', direction: 'DESC' },
  'EMAIL-ASC': { field: 'EMAIL', direction: 'ASC' },
  'CREATED_AT-DESC': { field: 'CREATED_AT', direction: 'DESC' },
  'CREATED_AT-ASC': { field: 'CREATED_AT', direction: 'ASC' },
} as const satisfies Record<string, UserOrder>;
type SortKey = keyof typeof sortOptions;

function StatusBadges({ user }: { user: AdminUserFieldsFragment }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="teal" variant="light">
          {t('users.status.active')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          {t('users.status.inactive')}
        </Badge>
      )}
      {user.lockedUntil && isAfterNow(user.lockedUntil) ? (
        <Badge color="red" variant="light">
          {t('users.status.lockedUntil', { time: formatDateTime(user.lockedUntil, i18n.language) })}
        </Badge>
      ) : null}
      {user.mustChangePassword ? (
        <Badge color="yellow" variant="light" c="dark">
          {t('users.status.mustChangePassword')}
        </Badge>
      ) : null}
    </Group>
  );
}

export function UsersAdmin() {
  const { t, i18n } = useTranslation('staff');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [active, setActive] = useState<'all' | 'active' | 'inactive'>('all');
  const [sort, setSort] = useState<SortKey>('NAME-ASC');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUserFieldsFragment | null>(null);
  const [resetting, setResetting] = useState<AdminUserFieldsFragment | null>(null);
  const [toggling, setToggling] = useState<AdminUserFieldsFragment | null>(null);
  const teams = useTeamOptions();

  const filter: UserFilter = {
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    ...(role ? { role } : {}),
    ...(teamId ? { teamId } : {}),
    ...(active === 'all' ? {} : { active: active === 'active' }),
  };
  const users = useUsers(filter, sortOptions[sort]);
  const rows = users.data?.pages.flatMap((page) => page.users.nodes) ?? [];
  const total = users.data?.pages.at(-1)?.users.totalCount ?? 0;

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)}>{t('users.actions.create')}</Button>
      </Group>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm" component="search" aria-label={t('users.filters.label')}>
          <TextInput
            type="search"
            label={t('users.filters.search')}
            placeholder={t('users.filters.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={240}
          />
          <Select
            label={t('users.filters.role')}
            placeholder={t('users.filters.allRoles')}
            clearable
            data={allRoles.map((value) => ({ value, label: t(`common:roles.${value}`) }))}
            value={role}
            onChange={(value) => setRole(value as Role | null)}
            w={180}
          />
          <Select
            label={t('users.filters.team')}
            placeholder={t('users.filters.allTeams')}
            clearable
            data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
            value={teamId}
            onChange={setTeamId}
            w={200}
          />
          <Select
            label={t('users.filters.status')}
            allowDeselect={false}
            data={[
              { value: 'all', label: t('users.filters.allStatuses') },
              { value: 'active', label: t('users.status.active') },
              { value: 'inactive', label: t('users.status.inactive') },
            ]}
            value={active}
            onChange={(value) => setActive((value as typeof active | null) ?? 'all')}
            w={160}
          />
          <Select
            label={t('users.filters.sort')}
            allowDeselect={false}
            data={(Object.keys(sortOptions) as SortKey[]).map((key) => ({ value: key, label: t(`users.sort.${key}`) }))}
            value={sort}
            onChange={(value) => setSort((value as SortKey | null) ?? 'NAME-ASC')}
            w={200}
          />
        </Group>
      </Group>

      {users.isError ? <QueryError onRetry={() => void users.refetch()} /> : null}
      {users.isPending ? <InlineLoader /> : null}
      {users.data ? (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t('users.table.caption', { shown: rows.length, total })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.roles')}</Table.Th>
                  <Table.Th scope="col">{t('users.fields.teams')}</Table.Th>
                  <Table.Th scope="col">{t('users.table.status')}</Table.Th>
                  <Table.Th scope="col">{t('users.table.lastSignIn')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('users.table.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text c="dimmed">{t('users.table.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  rows.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Th scope="row" fw={500}>
                        {user.name}
                      </Table.Th>
                      <Table.Td>{user.email}</Table.Td>
                      <Table.Td>{user.roles.map((r) => t(`common:roles.${r}`)).join(', ')}</Table.Td>
                      <Table.Td>{user.teams.map((team) => team.name).join(', ') || '—'}</Table.Td>
                      <Table.Td>
                        <StatusBadges user={user} />
                      </Table.Td>
                      <Table.Td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, i18n.language) : t('users.table.never')}</Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" aria-label={t('users.actions.menu', { name: user.name })}>
                              <span aria-hidden="true">⋯</span>
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setEditing(user)}>{t('users.actions.edit')}</Menu.Item>
                            <Menu.Item onClick={() => setResetting(user)}>{t('users.actions.resetPassword')}</Menu.Item>
                            <Menu.Item color={user.active ? 'red' : undefined} onClick={() => setToggling(user)}>
                              {t(user.active ? 'users.actions.deactivate' : 'users.actions.reactivate')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {users.hasNextPage ? (
            <Button variant="default" onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage} style={{ alignSelf: 'center' }}>
              {t('common:actions.loadMore')}
            </Button>
          ) : null}
        </>
      ) : null}

      <CreateUserDrawer opened={creating} onClose={() => setCreating(false)} />
      <EditUserDrawer user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <UserActivationDialog user={toggling} onClose={() => setToggling(null)} />
    </Stack>
  );
}
