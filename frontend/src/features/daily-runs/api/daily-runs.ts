import { graphql } from '@/lib/graphql-client';

/** The latest checks of payment plans and promises (supervisors and administrators). */
export const arrangementMonitorRunsQuery = graphql(`
  query ArrangementMonitorRuns {
    arrangementMonitorRuns(first: 10) {
      runOn
      startedAt
      finishedAt
      plansJudged
      promisesJudged
      instalmentsMissed
      plansBroken
      plansCompleted
      promisesKept
      promisesBroken
      failures
      note
    }
  }
`);

/** The latest nightly runs that bring every case's balance to its day (administrators). */
export const accrualRunsQuery = graphql(`
  query AccrualRuns {
    accrualRuns(first: 10) {
      runDate
      status
      startedAt
      finishedAt
      casesDone
      casesSkipped
      attempts
      error
    }
  }
`);

export const arrangementMonitorRunStartMutation = graphql(`
  mutation ArrangementMonitorRunStart {
    arrangementMonitorRunStart(input: {}) {
      run {
        runOn
        startedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const accrualRunStartMutation = graphql(`
  mutation AccrualRunStart($input: AccrualRunStartInput!) {
    accrualRunStart(input: $input) {
      accrualRun {
        runDate
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
