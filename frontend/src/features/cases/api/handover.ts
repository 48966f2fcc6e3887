import { graphql } from '@/lib/graphql-client';

/** Who holds open cases, and how many per status: where a handover starts. */
export const caseHoldingsQuery = graphql(`
  query CaseHoldings {
    caseHoldings {
      user {
        id
        name
        active
      }
      openCount
      byStatus {
        status
        count
      }
    }
  }
`);

export const caseHandoverMutation = graphql(`
  mutation CaseHandover($input: CaseHandoverInput!) {
    caseHandover(input: $input) {
      movedCount
      userErrors {
        code
        field
        message
      }
    }
  }
`);
