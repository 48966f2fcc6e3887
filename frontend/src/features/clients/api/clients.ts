import { graphql } from '@/lib/graphql-client';

export const clientFieldsFragment = graphql(`
  fragment ClientFields on Client {
    id
    name
    jurisdiction
    currency
    terms {
      interestBasis
      transactionType
      contractualAnnualRatePercent
      penaltyClausePercent
      penaltyClauseMinimum {
        amount
        currency
      }
      adminCosts {
        action
        amount {
          amount
          currency
        }
      }
      allocationOrder
      commissionPercent
      creditorCannotDeductVat
    }
    contacts {
      id
      displayName
    }
    remittanceIban
    defaultTeam {
      id
      name
    }
    createdAt
  }
`);

/** A party with its client profile (null when it is not a client). */
export const clientProfileQuery = graphql(`
  query ClientProfile($partyId: ID!) {
    node(id: $partyId) {
      ... on Party {
        id
        displayName
        mergedInto {
          id
        }
        clientProfile {
          ...ClientFields
        }
      }
    }
  }
`);

export const clientsQuery = graphql(`
  query Clients($first: Int!, $after: String, $filter: ClientFilter) {
    clients(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        name
        jurisdiction
        currency
        party {
          id
        }
        terms {
          interestBasis
        }
        defaultTeam {
          id
          name
        }
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const clientTeamOptionsQuery = graphql(`
  query ClientTeamOptions {
    teams(first: 100) {
      nodes {
        id
        name
        active
      }
    }
  }
`);

/** Contact persons are parties, found by the quick search. */
export const clientContactSearchQuery = graphql(`
  query ClientContactSearch($text: String!, $first: Int) {
    partySearch(text: $text, first: $first) {
      party {
        id
        kind
        displayName
        mergedInto {
          id
        }
      }
    }
  }
`);

export const clientCreateMutation = graphql(`
  mutation ClientCreate($input: ClientCreateInput!) {
    clientCreate(input: $input) {
      client {
        ...ClientFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const clientUpdateMutation = graphql(`
  mutation ClientUpdate($input: ClientUpdateInput!) {
    clientUpdate(input: $input) {
      client {
        ...ClientFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
