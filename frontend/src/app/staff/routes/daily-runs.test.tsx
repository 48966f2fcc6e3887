import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ArrangementMonitorRunsQuery } from '@/lib/graphql-types';
import { authHandlers } from '@/testing/handlers';
import { server } from '@/testing/msw-server';
import { renderStaffApp } from '@/testing/render';
import { aSessionUser } from '@/testing/session-fixtures';

const supervisor = aSessionUser({ id: 'VXNlcjoy', name: 'Sue Supervisor', email: 'supervisor@vorda.example', roles: ['SUPERVISOR'] });
const caseworker = aSessionUser({ id: 'VXNlcjoz', name: 'Cas Caseworker', email: 'caseworker@vorda.example', roles: ['CASEWORKER'] });

type Run = ArrangementMonitorRunsQuery['arrangementMonitorRuns'][number];
const aRun = (overrides: Partial<Run> = {}): Run => ({
  runOn: '2026-03-02',
  startedAt: '2026-03-02T01:30:00Z',
  finishedAt: '2026-03-02T01:30:04Z',
  plansJudged: 12,
  promisesJudged: 3,
  instalmentsMissed: 2,
  plansBroken: 1,
  plansCompleted: 0,
  promisesKept: 1,
  promisesBroken: 2,
  failures: 0,
  note: null,
  ...overrides,
});

describe('Daily runs', () => {
  it('shows a supervisor the checks of plans and promises with their failures, and starts one now', async () => {
    let started = false;
    server.use(
      ...authHandlers({ signedInAs: supervisor }),
      graphql.query('ArrangementMonitorRuns', () =>
        HttpResponse.json({
          data: {
            arrangementMonitorRuns: [
              ...(started ? [aRun({ startedAt: '2026-03-02T10:00:00Z', plansJudged: 13, instalmentsMissed: 1, plansBroken: 0 })] : []),
              aRun({ failures: 1, note: 'case 42: balance could not be computed' }),
            ],
          },
        }),
      ),
      graphql.mutation('ArrangementMonitorRunStart', () => {
        started = true;
        return HttpResponse.json({
          data: { arrangementMonitorRunStart: { run: { runOn: '2026-03-02', startedAt: '2026-03-02T10:00:00Z' }, userErrors: [] } },
        });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/daily-runs');

    const table = await screen.findByRole('table', { name: 'Checks of plans and promises, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('Finished with failures');
    expect(table).toHaveTextContent('case 42: balance could not be computed');
    // only administrators see the nightly balance run
    expect(screen.queryByRole('heading', { name: 'Balances (nightly interest)' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check now' }));

    expect(await screen.findByText('The check has started; its counts appear here.')).toBeInTheDocument();
    expect(await within(table).findAllByRole('row')).toHaveLength(3);
  });

  it('shows an administrator the nightly balance runs and runs one now, with a reason', async () => {
    const admin = aSessionUser({ id: 'VXNlcjox', name: 'Ada Admin', email: 'admin@vorda.example', roles: ['ADMIN'] });
    const reasons: unknown[] = [];
    server.use(
      ...authHandlers({ signedInAs: admin }),
      graphql.query('ArrangementMonitorRuns', () => HttpResponse.json({ data: { arrangementMonitorRuns: [] } })),
      graphql.query('AccrualRuns', () =>
        HttpResponse.json({
          data: {
            accrualRuns: [
              {
                runDate: '2026-03-01',
                status: 'FAILED',
                startedAt: '2026-03-01T01:00:00Z',
                finishedAt: '2026-03-01T01:02:00Z',
                casesDone: 5000,
                casesSkipped: 1,
                attempts: 2,
                error: 'connection reset',
              },
            ],
          },
        }),
      ),
      graphql.mutation('AccrualRunStart', ({ variables }) => {
        reasons.push(variables.input.reason);
        return HttpResponse.json({ data: { accrualRunStart: { accrualRun: { runDate: '2026-03-02', status: 'SUCCEEDED' }, userErrors: [] } } });
      }),
    );
    const user = userEvent.setup();
    await renderStaffApp('/daily-runs');

    const runs = await screen.findByRole('table', { name: 'Nightly balance runs, newest first' });
    expect(runs).toHaveTextContent('Failed (resumes by itself)');
    expect(runs).toHaveTextContent('connection reset');
    const start = screen.getByRole('form', { name: 'Bring balances up to date now' });
    await user.click(within(start).getByRole('button', { name: 'Bring balances up to date now' }));
    expect(await within(start).findByText('This field is required.')).toBeInTheDocument();
    expect(reasons).toEqual([]);

    await user.type(within(start).getByRole('textbox', { name: 'Why now' }), 'after the July rate correction');
    await user.click(within(start).getByRole('button', { name: 'Bring balances up to date now' }));

    expect(await screen.findByText('The balance run ended: Succeeded.')).toBeInTheDocument();
    expect(reasons).toEqual(['after the July rate correction']);
  });

  it('is not offered to caseworkers', async () => {
    server.use(...authHandlers({ signedInAs: caseworker }));
    await renderStaffApp('/daily-runs');

    expect(await screen.findByRole('heading', { name: /not allowed/i })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Daily runs' })).not.toBeInTheDocument();
  });
});
