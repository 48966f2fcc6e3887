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
});
