import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/dates';
import { authHandlers, loginFails, loginSucceeds } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/^E-mail/), email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.keyboard('{Enter}');
}

describe('the sign-in page', () => {
  it('says e-mail or password is incorrect for INVALID_CREDENTIALS', async () => {
    server.use(...authHandlers({ signedInAs: null }), loginFails(401, 'INVALID_CREDENTIALS', { detail: 'server text' }));
    await renderStaffApp('/login');

    await signIn('admin@vorda.example', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail or password is incorrect.');
    expect(screen.queryByText('server text')).not.toBeInTheDocument();
  });

  it('says until when the account is locked for ACCOUNT_LOCKED', async () => {
    const lockedUntil = '2030-05-06T14:30:00Z';
    server.use(...authHandlers({ signedInAs: null }), loginFails(423, 'ACCOUNT_LOCKED', { lockedUntil }));
    await renderStaffApp('/login');

    await signIn('admin@vorda.example', 'vorda-demo-2026');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `Too many failed attempts. Your account is locked until ${formatDateTime(lockedUntil, 'en')}. Try again later or ask an administrator.`,
    );
  });

  it('explains a deactivated account', async () => {
    server.use(...authHandlers({ signedInAs: null }), loginFails(401, 'ACCOUNT_INACTIVE'));
    await renderStaffApp('/login');

    await signIn('old@vorda.example', 'whatever-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('This account has been deactivated.');
  });

  it('brings a caseworker to the cases after signing in', async () => {
    const caseworker = aSessionUser({ name: 'Cas Worker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });
    server.use(
      ...authHandlers({ signedInAs: null }),
      loginSucceeds(caseworker),
      graphql.query('SavedCaseViews', () => HttpResponse.json({ data: { savedCaseViews: [] } })),
      graphql.query('CaseTeamOptions', () => HttpResponse.json({ data: { teams: { nodes: [] } } })),
      graphql.query('Cases', () => HttpResponse.json({ data: { cases: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } })),
    );
    const { router } = await renderStaffApp('/login');

    await signIn('caseworker@vorda.example', 'vorda-demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cases');
  });

  it('brings a client user to the cases of the clients they represent after signing in', async () => {
    const clientUser = aSessionUser({ name: 'Cleo Client', email: 'client@vorda.example', roles: ['CLIENT_USER'] });
    server.use(
      ...authHandlers({ signedInAs: null }),
      loginSucceeds(clientUser),
      graphql.query('SavedCaseViews', () => HttpResponse.json({ data: { savedCaseViews: [] } })),
      graphql.query('Cases', () => HttpResponse.json({ data: { cases: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } })),
    );
    const { router } = await renderStaffApp('/login');

    await signIn('client@vorda.example', 'vorda-demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cases');
  });

  it('only offers choosing a new password while the password is temporary', async () => {
    const newcomer = aSessionUser({ name: 'New Comer', roles: ['CASEWORKER'], mustChangePassword: true });
    server.use(...authHandlers({ signedInAs: newcomer }));
    const { router } = await renderStaffApp('/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/change-password');
  });
});
