import { graphql } from '@/lib/graphql-client';

/** A case's payment plan (the running one, else the latest) and its promises to pay. */
export const caseArrangementsQuery = graphql(`
  query CaseArrangements($id: ID!) {
    node(id: $id) {
      ... on Case {
        id
        paymentPlan {
          id
          status
          frequency
          coveredAmount {
            amount
            currency
          }
          paidAmount {
            amount
            currency
          }
          missedCount
          startsOn
          endedOn
          endReason
          scheduleCsv
          instalments {
            number
            kind
            dueOn
            amount {
              amount
              currency
            }
            paidAmount {
              amount
              currency
            }
            status
          }
        }
        promises {
          id
          promisedOn
          amount {
            amount
            currency
          }
          paidAmount {
            amount
            currency
          }
          status
          note
        }
      }
    }
  }
`);

export const paymentPlanPreviewQuery = graphql(`
  query PaymentPlanPreview($input: PaymentPlanInput!) {
    paymentPlanPreview(input: $input) {
      preview {
        openBalance {
          amount
          currency
        }
        total {
          amount
          currency
        }
        interestDuringPlan
        instalments {
          number
          kind
          dueOn
          amount {
            amount
            currency
          }
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const paymentPlanCreateMutation = graphql(`
  mutation PaymentPlanCreate($input: PaymentPlanCreateInput!) {
    paymentPlanCreate(input: $input) {
      paymentPlan {
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

export const paymentPlanCancelMutation = graphql(`
  mutation PaymentPlanCancel($input: PaymentPlanCancelInput!) {
    paymentPlanCancel(input: $input) {
      paymentPlan {
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

export const promiseCreateMutation = graphql(`
  mutation PromiseCreate($input: PromiseCreateInput!) {
    promiseCreate(input: $input) {
      promise {
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
