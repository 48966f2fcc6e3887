import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const supervisor = aSessionUser({ id: 'VXNlcjoy', name: 'Sam Supervisor', email: 'supervisor@vorda.example', roles: ['SUPERVISOR'] });

function meHandler() {
  return graphql.query('Me', () =>
    HttpResponse.json({
      data: { me: { id: supervisor.id, name: supervisor.name, email: supervisor.email, phone: null, language: 'EN', roles: ['SUPERVISOR'], teams: [] } },
    }),
  );
}

describe('the staff shell', () => {
  it('shows a non-administrator no administration navigation', async () => {
    server.use(...authHandlers({ signedInAs: supervisor }), meHandler());
    await renderStaffApp('/profile');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'My profile' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Cases' })).toHaveAttribute('href', '/cases');
    expect(within(nav).getByRole('link', { name: 'Clients' })).toHaveAttribute('href', '/clients');
    expect(within(nav).queryByText('Administration')).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /API documentation/ })).not.toBeInTheDocument();
  });

  it('shows a not-allowed page when a non-administrator types an admin address', async () => {
    server.use(...authHandlers({ signedInAs: supervisor }));
    await renderStaffApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  });

  it('shows an administrator the administration group', async () => {
    const admin = aSessionUser();
    server.use(
      ...authHandlers({ signedInAs: admin }),
      graphql.query('Me', () =>
        HttpResponse.json({ data: { me: { id: admin.id, name: admin.name, email: admin.email, phone: null, language: 'EN', roles: ['ADMIN'], teams: [] } } }),
      ),
    );
    await renderStaffApp('/profile');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    for (const name of ['Users', 'Teams', 'API clients', 'Interest rates', 'Exchange rates', 'Audit log', 'GraphQL explorer']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: /API documentation/ })).toHaveAttribute('href', '/api-docs/');
  });

  it('shows a field agent the cases but not the clients', async () => {
    const agent = aSessionUser({ id: 'VXNlcjo0', name: 'Finn Field', email: 'field@vorda.example', roles: ['FIELD_AGENT'] });
    server.use(
      ...authHandlers({ signedInAs: agent }),
      graphql.query('Me', () =>
        HttpResponse.json({ data: { me: { id: agent.id, name: agent.name, email: agent.email, phone: null, language: 'EN', roles: ['FIELD_AGENT'], teams: [] } } }),
      ),
    );
    await renderStaffApp('/profile');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Cases' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Clients' })).not.toBeInTheDocument();
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    server.use(...authHandlers({ signedInAs: null }));
    const { router } = await renderStaffApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});
