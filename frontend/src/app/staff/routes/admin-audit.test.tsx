import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

describe('Administration → Audit log', () => {
  it('shows translated action names and filters by action', async () => {
    const asked: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: aSessionUser({ language: 'NL' }) }),
      graphql.query('AuditEvents', ({ variables }) => {
        asked.push(variables.filter);
        return HttpResponse.json({
          data: {
            auditEvents: {
              nodes: [
                { id: 'QXVkaXQ6MQ', occurredAt: '2026-03-01T09:15:00Z', action: 'ACCOUNT_LOCKED', actor: 'lou@vorda.example', subject: 'Lou', detail: null, ipAddress: '127.0.0.1' },
              ],
              pageInfo: { hasNextPage: false, endCursor: null },
              totalCount: 1,
            },
          },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/admin/audit');

    expect(await screen.findByRole('cell', { name: 'Account geblokkeerd' })).toBeInTheDocument();
    expect(asked[0]).toBeUndefined();

    await user.click(screen.getByRole('combobox', { name: 'Actie' }));
    await user.click(await screen.findByRole('option', { name: 'Aanmelden mislukt' }));
    await screen.findByRole('cell', { name: 'Account geblokkeerd' });
    expect(asked.at(-1)).toEqual({ action: 'SIGN_IN_FAILED' });
  });
});
