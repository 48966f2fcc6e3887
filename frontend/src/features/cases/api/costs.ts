import { graphql } from '@/lib/graphql-client';

/** The reminders with legal effect recorded on a case. */
export const caseRemindersQuery = graphql(`
  query CaseReminders($id: ID!) {
    node(id: $id) {
      ... on Case {
        id
        reminders {
          id
          kind
          sentOn
          receivedOn
          channel
          recordedBy
        }
      }
    }
  }
`);

/** A case's statutory collection costs today; null for those who may not see money. */
export const caseStatutoryCostsQuery = graphql(`
  query CaseStatutoryCosts($id: ID!) {
    caseStatutoryCosts(caseId: $id) {
      assessedOn
      total {
        amount
        currency
      }
      isChargeable
      chargeableFrom
      isCharged
      costs {
        claim {
          id
          invoiceNumber
        }
        amount {
          amount
          currency
        }
        rule
        citation
        cappedBy
        cappedByCitation
        chargeableFrom
        isChargeable
        lines {
          description
          rule
          amount {
            amount
            currency
          }
        }
        explanation
      }
    }
  }
`);

export const caseReminderRecordMutation = graphql(`
  mutation CaseReminderRecord($input: CaseReminderRecordInput!) {
    caseReminderRecord(input: $input) {
      case {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseStatutoryCostsChargeMutation = graphql(`
  mutation CaseStatutoryCostsCharge($input: CaseStatutoryCostsChargeInput!) {
    caseStatutoryCostsCharge(input: $input) {
      statutoryCosts {
        isCharged
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
