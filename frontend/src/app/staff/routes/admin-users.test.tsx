import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AdminUserFieldsFragment } from '@/lib/graphql-types';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const admin = aSessionUser();

function aUser(overrides: Partial<AdminUserFieldsFragment> = {}): AdminUserFieldsFragment {
  return {
    id: 'VXNlcjox',
    name: 'Ada Admin',
    email: 'admin@vorda.example',
    phone: null,
    language: 'EN',
    active: true,
    roles: ['ADMIN'],
    teams: [],
    clients: [],
    lockedUntil: null,
    mustChangePassword: false,
    lastSignInAt: '2026-03-01T09:15:00Z',
    createdAt: '2026-01-01T08:00:00Z',
    ...overrides,
  };
}

function listHandlers(users: AdminUserFieldsFragment[]) {
  return [
    graphql.query('Users', () =>
      HttpResponse.json({
        data: { users: { nodes: users, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: users.length } },
      }),
    ),
    graphql.query('UserTeamOptions', () =>
      HttpResponse.json({
        data: { teams: { nodes: [{ id: 'VGVhbTox', name: 'Collections North', active: true }] } },
      }),
    ),
  ];
}

describe('Administration → Users', () => {
  it('lists users with their lock status', async () => {
    server.use(
      ...authHandlers({ signedInAs: admin }),
      ...listHandlers([aUser(), aUser({ id: 'VXNlcjo5', name: 'Lou Locked', email: 'lou@vorda.example', roles: ['CASEWORKER'], lockedUntil: '2099-01-01T10:00:00Z' })]),
    );
    await renderStaffApp('/admin/users');

    const row = (await screen.findByRole('rowheader', { name: 'Lou Locked' })).closest('tr') as HTMLElement;
    expect(within(row).getByText(/^Locked until/)).toBeInTheDocument();
    expect(within(row).getByText('Caseworker')).toBeInTheDocument();
  });

  it('shows EMAIL_ALREADY_USED on the e-mail field of the create form', async () => {
    let sentInput: Record<string, unknown> | undefined;
    server.use(
      ...authHandlers({ signedInAs: admin }),
      ...listHandlers([aUser()]),
      graphql.mutation('UserCreate', ({ variables }) => {
        sentInput = variables.input as Record<string, unknown>;
        return HttpResponse.json({
          data: {
            userCreate: {
              user: null,
              userErrors: [{ code: 'EMAIL_ALREADY_USED', field: ['input', 'email'], message: 'Server English text' }],
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Create user' }));
    const drawer = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(within(drawer).getByRole('textbox', { name: 'Name' }), 'Cas Newcomer');
    await user.type(within(drawer).getByRole('textbox', { name: 'E-mail' }), 'caseworker@vorda.example');
    await user.click(within(drawer).getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByRole('option', { name: 'Caseworker' }));
    await user.click(within(drawer).getByRole('button', { name: 'Generate' }));
    await user.click(within(drawer).getByRole('button', { name: 'Create user' }));

    const email = within(drawer).getByRole('textbox', { name: 'E-mail' });
    expect(await within(drawer).findByText('Another user already signs in with this e-mail address.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Another user already signs in with this e-mail address.');
    expect(screen.queryByText('Server English text')).not.toBeInTheDocument();
    expect(sentInput).toMatchObject({ name: 'Cas Newcomer', email: 'caseworker@vorda.example', roles: ['CASEWORKER'], language: 'EN' });
    expect(String(sentInput?.temporaryPassword)).toHaveLength(16);
  });

  it('links a client user to the clients picked by name, and only while the user has that role', async () => {
    const clientUser = aUser({ id: 'VXNlcjo3', name: 'Cleo Client', email: 'cleo@vorda.example', roles: ['CLIENT_USER'], clients: [{ id: 'Q2xpZW50OjE', name: 'Noordzee Energie B.V.' }] });
    const linked: unknown[] = [];
    const searched: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: admin }),
      ...listHandlers([aUser(), clientUser]),
      graphql.query('UserClientOptions', ({ variables }) => {
        searched.push(variables.search);
        return HttpResponse.json({ data: { clients: { nodes: [{ id: 'Q2xpZW50OjI', name: 'Brabo Telecom NV' }] } } });
      }),
      graphql.mutation('UserUpdate', () => HttpResponse.json({ data: { userUpdate: { user: clientUser, userErrors: [] } } })),
      graphql.mutation('UserClientsSet', ({ variables }) => {
        linked.push(variables.input);
        return HttpResponse.json({ data: { userClientsSet: { user: clientUser, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/users');

    const row = (await screen.findByRole('rowheader', { name: 'Cleo Client' })).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Actions for Cleo Client' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const drawer = await screen.findByRole('dialog', { name: 'Edit user' });
    const clients = within(drawer).getByRole('combobox', { name: 'Clients' });
    expect(within(drawer).getAllByText('Noordzee Energie B.V.')[0]).toBeInTheDocument();
    await user.type(clients, 'Brabo');
    await user.click(await screen.findByRole('option', { name: 'Brabo Telecom NV' }));
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The changes to Cleo Client have been saved.')).toBeInTheDocument();
    expect(searched).toContain('Brabo');
    expect(linked).toEqual([{ userId: 'VXNlcjo3', clientIds: ['Q2xpZW50OjE', 'Q2xpZW50OjI'] }]);
  });

  it('does not offer clients to users who are not client users', async () => {
    server.use(
      ...authHandlers({ signedInAs: admin }),
      ...listHandlers([aUser()]),
      graphql.query('UserClientOptions', () => HttpResponse.json({ data: { clients: { nodes: [] } } })),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Create user' }));
    const drawer = await screen.findByRole('dialog', { name: 'Create user' });
    await user.click(within(drawer).getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByRole('option', { name: 'Caseworker' }));
    expect(within(drawer).queryByRole('combobox', { name: 'Clients' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Client user' }));
    expect(await within(drawer).findByRole('combobox', { name: 'Clients' })).toBeInTheDocument();
  });
});
