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
    history {
      id
      occurredAt
      actor
      kind
      before
      after
    }
    mergedInto {
      id
      displayName
    }
  }
`);

/** What every change to a party answers: the party as the page shows it, or why it was refused. */
export const partyChangeResultFragment = graphql(`
  fragment PartyChangeResult on PartyUpdatePayload {
    party {
      ...PartyDetailFields
    }
    userErrors {
      code
      field
      message
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
      ...PartyChangeResult
    }
  }
`);

export const partyAddressAddMutation = graphql(`
  mutation PartyAddressAdd($input: PartyAddressAddInput!) {
    partyAddressAdd(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyContactChannelAddMutation = graphql(`
  mutation PartyContactChannelAdd($input: PartyContactChannelAddInput!) {
    partyContactChannelAdd(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyContactChannelOptOutMutation = graphql(`
  mutation PartyContactChannelOptOut($input: PartyContactChannelOptOutInput!) {
    partyContactChannelOptOut(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyBankAccountAddMutation = graphql(`
  mutation PartyBankAccountAdd($input: PartyBankAccountAddInput!) {
    partyBankAccountAdd(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyVulnerabilitySetMutation = graphql(`
  mutation PartyVulnerabilitySet($input: PartyVulnerabilitySetInput!) {
    partyVulnerabilitySet(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyStayAddMutation = graphql(`
  mutation PartyStayAdd($input: PartyStayAddInput!) {
    partyStayAdd(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyNoteAddMutation = graphql(`
  mutation PartyNoteAdd($input: PartyNoteAddInput!) {
    partyNoteAdd(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyMergeMutation = graphql(`
  mutation PartyMerge($input: PartyMergeInput!) {
    partyMerge(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyAddressCorrectMutation = graphql(`
  mutation PartyAddressCorrect($input: PartyAddressCorrectInput!) {
    partyAddressCorrect(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyAddressEndMutation = graphql(`
  mutation PartyAddressEnd($input: PartyAddressEndInput!) {
    partyAddressEnd(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyContactChannelRemoveMutation = graphql(`
  mutation PartyContactChannelRemove($input: PartyContactChannelRemoveInput!) {
    partyContactChannelRemove(input: $input) {
      ...PartyChangeResult
    }
  }
`);

export const partyBankAccountRemoveMutation = graphql(`
  mutation PartyBankAccountRemove($input: PartyBankAccountRemoveInput!) {
    partyBankAccountRemove(input: $input) {
      ...PartyChangeResult
    }
  }
`);
