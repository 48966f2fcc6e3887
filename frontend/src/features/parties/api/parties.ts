import { graphql } from '@/lib/graphql-client';

export const partyAddressFieldsFragment = graphql(`
  fragment PartyAddressFields on Address {
    id
    kind
    street
    houseNumber
    houseNumberAddition
    postcode
    city
    country
    validFrom
    validUntil
  }
`);

/** What a list row, a search hit or a duplicate candidate shows: enough to tell two parties apart. */
export const partySummaryFieldsFragment = graphql(`
  fragment PartySummaryFields on Party {
    id
    kind
    displayName
    person {
      dateOfBirth
    }
    organisation {
      registrationScheme
      registrationNumber
    }
    addresses {
      ...PartyAddressFields
    }
    mergedInto {
      id
      displayName
    }
  }
`);

export const partyDetailFieldsFragment = graphql(`
  fragment PartyDetailFields on Party {
    id
    kind
    displayName
    language
    preferredChannel
    createdAt
    person {
      givenNames
      familyNamePrefix
      familyName
      dateOfBirth
    }
    organisation {
      legalName
      tradeName
      registrationScheme
      registrationNumber
      vatNumber
    }
    vulnerability {
      reason
      from
      until
    }
    parent {
      id
      displayName
      kind
    }
    children(first: 100) {
      nodes {
        id
        displayName
        kind
      }
      totalCount
    }
    addresses {
      ...PartyAddressFields
    }
    contactChannels {
      id
      kind
      value
      label
      optedOut
    }
    bankAccounts {
      id
      iban
      bic
      holderName
    }
    stays {
      id
      kind
      institution
      from
      until
    }
    notes {
      id
      text
      author
      createdAt
    }
    mergedInto {
      id
      displayName
    }
  }
`);

export const partySearchQuery = graphql(`
  query PartySearch($text: String!, $first: Int) {
    partySearch(text: $text, first: $first) {
      party {
        ...PartySummaryFields
      }
      matchedOn
      score
    }
  }
`);

export const partiesQuery = graphql(`
  query Parties($first: Int!, $after: String, $filter: PartyFilter) {
    parties(first: $first, after: $after, filter: $filter) {
      nodes {
        ...PartySummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      totalCountCapped
    }
  }
`);

export const partyDetailQuery = graphql(`
  query PartyDetail($id: ID!) {
    node(id: $id) {
      ... on Party {
        ...PartyDetailFields
      }
    }
  }
`);

export const partyNameQuery = graphql(`
  query PartyName($id: ID!) {
    node(id: $id) {
      ... on Party {
        id
        displayName
        kind
      }
    }
  }
`);

export const partyCreateMutation = graphql(`
  mutation PartyCreate($input: PartyCreateInput!) {
    partyCreate(input: $input) {
      party {
        id
        displayName
      }
      duplicates {
        party {
          ...PartySummaryFields
        }
        reasons
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyUpdateMutation = graphql(`
  mutation PartyUpdate($input: PartyUpdateInput!) {
    partyUpdate(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyAddressAddMutation = graphql(`
  mutation PartyAddressAdd($input: PartyAddressAddInput!) {
    partyAddressAdd(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyContactChannelAddMutation = graphql(`
  mutation PartyContactChannelAdd($input: PartyContactChannelAddInput!) {
    partyContactChannelAdd(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyContactChannelOptOutMutation = graphql(`
  mutation PartyContactChannelOptOut($input: PartyContactChannelOptOutInput!) {
    partyContactChannelOptOut(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyBankAccountAddMutation = graphql(`
  mutation PartyBankAccountAdd($input: PartyBankAccountAddInput!) {
    partyBankAccountAdd(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyVulnerabilitySetMutation = graphql(`
  mutation PartyVulnerabilitySet($input: PartyVulnerabilitySetInput!) {
    partyVulnerabilitySet(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyStayAddMutation = graphql(`
  mutation PartyStayAdd($input: PartyStayAddInput!) {
    partyStayAdd(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyNoteAddMutation = graphql(`
  mutation PartyNoteAdd($input: PartyNoteAddInput!) {
    partyNoteAdd(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const partyMergeMutation = graphql(`
  mutation PartyMerge($input: PartyMergeInput!) {
    partyMerge(input: $input) {
      party {
        ...PartyDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
