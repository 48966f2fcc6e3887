import { graphql } from '@/lib/graphql-client';

export const interestRateTableQuery = graphql(`
  query InterestRateTable($rate: StatutoryRate!) {
    interestRateTable(rate: $rate) {
      ...InterestRateTableFields
    }
  }

  fragment InterestRateTableFields on InterestRateTable {
    rate
    tableId
    derivedFrom
    pointsAbove
    compounding
    publishedThrough
    firstDate
    isEditable
    periods {
      validFrom
      annualRatePercent
      isConfirmed
      source
      origin
      entry {
        id
        enteredBy
        enteredAt
        publishedThrough
      }
      replacesShipped {
        annualRatePercent
        isConfirmed
      }
    }
    changes {
      id
      validFrom
      annualRatePercent
      publishedThrough
      isConfirmed
      source
      kind
      isCurrent
      enteredBy
      enteredAt
    }
  }
`);

export const interestRatePeriodAddMutation = graphql(`
  mutation InterestRatePeriodAdd($input: InterestRatePeriodAddInput!) {
    interestRatePeriodAdd(input: $input) {
      ...InterestRatePeriodPayloadFields
    }
  }

  fragment InterestRatePeriodPayloadFields on InterestRatePeriodPayload {
    entry {
      id
      validFrom
    }
    table {
      ...InterestRateTableFields
    }
    userErrors {
      code
      field
      message
    }
  }
`);

export const interestRatePeriodCorrectMutation = graphql(`
  mutation InterestRatePeriodCorrect($input: InterestRatePeriodCorrectInput!) {
    interestRatePeriodCorrect(input: $input) {
      ...InterestRatePeriodPayloadFields
    }
  }
`);

export const interestRatePeriodWithdrawMutation = graphql(`
  mutation InterestRatePeriodWithdraw($input: InterestRatePeriodWithdrawInput!) {
    interestRatePeriodWithdraw(input: $input) {
      ...InterestRatePeriodPayloadFields
    }
  }
`);

export const interestPreviewQuery = graphql(`
  query InterestPreview($input: InterestPreviewInput!) {
    interestPreview(input: $input) {
      interest {
        total {
          amount
          currency
        }
        isConfirmed
        capitalised {
          amount
          currency
        }
        periods {
          firstDate
          lastDate
          days
          daysInYear
          annualRatePercent
          base {
            amount
            currency
          }
          interest {
            amount
            currency
          }
          capitalisedAfter {
            amount
            currency
          }
          isConfirmed
          sources
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

export const exchangeRatesQuery = graphql(`
  query ExchangeRates($first: Int!, $after: String, $filter: ExchangeRateFilter) {
    exchangeRates(first: $first, after: $after, filter: $filter) {
      nodes {
        ...ExchangeRateFields
        history {
          id
          rate
          isConfirmed
          source
          kind
          enteredBy
          enteredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }

  fragment ExchangeRateFields on ExchangeRate {
    id
    baseCurrency
    quoteCurrency
    rateDate
    rate
    isConfirmed
    source
    kind
    enteredBy
    enteredAt
  }
`);

export const exchangeRateAddMutation = graphql(`
  mutation ExchangeRateAdd($input: ExchangeRateAddInput!) {
    exchangeRateAdd(input: $input) {
      ...ExchangeRatePayloadFields
    }
  }

  fragment ExchangeRatePayloadFields on ExchangeRatePayload {
    exchangeRate {
      ...ExchangeRateFields
    }
    userErrors {
      code
      field
      message
    }
  }
`);

export const exchangeRateCorrectMutation = graphql(`
  mutation ExchangeRateCorrect($input: ExchangeRateCorrectInput!) {
    exchangeRateCorrect(input: $input) {
      ...ExchangeRatePayloadFields
    }
  }
`);

export const exchangeRateWithdrawMutation = graphql(`
  mutation ExchangeRateWithdraw($input: ExchangeRateWithdrawInput!) {
    exchangeRateWithdraw(input: $input) {
      ...ExchangeRatePayloadFields
    }
  }
`);
