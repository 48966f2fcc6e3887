import { graphql } from '@/lib/graphql-client';

/** A case's statement of account on a day, as the money section shows it; `money` is null for those who may not see money. */
export const caseMoneyQuery = graphql(`
  query CaseMoney($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on Case {
        id
        money(asOf: $asOf) {
          asOf
          isInterestConfirmed
          balance {
            ...BalanceFields
          }
          claims {
            claim {
              id
              invoiceNumber
            }
            balance {
              ...BalanceFields
            }
            interestRule
            isInterestConfirmed
            interestPeriods {
              firstDate
              lastDate
              days
              annualRatePercent
              base {
                amount
                currency
              }
              interest {
                amount
                currency
              }
              isConfirmed
            }
            charges {
              id
              kind
              amount {
                amount
                currency
              }
              valueDate
              explanation
              isReversed
            }
          }
          payments {
            payment {
              id
              method
              note
            }
            valueDate
            amount {
              amount
              currency
            }
            isReversed
            credit {
              amount
              currency
            }
            allocations {
              claim {
                id
                invoiceNumber
              }
              component
              amount {
                amount
                currency
              }
            }
          }
        }
      }
    }
  }
`);

export const balanceFieldsFragment = graphql(`
  fragment BalanceFields on Balance {
    principal {
      amount
      currency
    }
    interest {
      amount
      currency
    }
    costs {
      amount
      currency
    }
    paid {
      amount
      currency
    }
    credit {
      amount
      currency
    }
    open {
      amount
      currency
    }
  }
`);

export const paymentRegisterMutation = graphql(`
  mutation PaymentRegister($input: PaymentRegisterInput!) {
    paymentRegister(input: $input) {
      payment {
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

export const paymentReverseMutation = graphql(`
  mutation PaymentReverse($input: PaymentReverseInput!) {
    paymentReverse(input: $input) {
      payment {
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

export const paymentSplitMutation = graphql(`
  mutation PaymentSplit($input: PaymentSplitInput!) {
    paymentSplit(input: $input) {
      payment {
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
