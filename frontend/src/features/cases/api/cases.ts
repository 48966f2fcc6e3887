import { graphql } from '@/lib/graphql-client';

/** What a row of the case list shows. */
export const caseSummaryFieldsFragment = graphql(`
  fragment CaseSummaryFields on Case {
    id
    reference
    status
    statusReason
    client {
      id
      name
    }
    debtors {
      id
      displayName
    }
    principalTotal {
      amount
      currency
    }
    openBalance {
      amount
      currency
    }
    isOpenBalanceCurrent
    team {
      id
      name
    }
    assignee {
      id
      name
    }
    openedOn
  }
`);

export const caseDetailFieldsFragment = graphql(`
  fragment CaseDetailFields on Case {
    id
    reference
    paymentReference {
      scheme
      value
      printed
    }
    status
    statusReason
    client {
      id
      name
      jurisdiction
      currency
      party {
        id
      }
    }
    parties {
      role
      party {
        id
        kind
        displayName
        contactChannels {
          id
          kind
          value
          label
          optedOut
        }
      }
    }
    claims {
      id
      invoiceNumber
      invoiceDate
      dueDate
      principal {
        amount
        currency
      }
      description
      clientReference
    }
    principalTotal {
      amount
      currency
    }
    team {
      id
      name
    }
    assignee {
      id
      name
    }
    openedOn
    closedOn
    notes {
      id
      text
      author
      createdAt
    }
    timeline {
      id
      occurredAt
      actor
      kind
      before
      after
      detail
    }
  }
`);

export const casesQuery = graphql(`
  query Cases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {
    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes {
        ...CaseSummaryFields
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

export const caseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    node(id: $id) {
      ... on Case {
        ...CaseDetailFields
      }
    }
  }
`);

export const caseByReferenceQuery = graphql(`
  query CaseByReference($reference: String!) {
    caseByReference(reference: $reference) {
      id
      reference
    }
  }
`);

/** Who is looking: their id and teams, to tell whether a reassignment takes a case out of their sight. */
export const caseViewerQuery = graphql(`
  query CaseViewer {
    me {
      id
      teams {
        id
      }
    }
  }
`);

/** Clients to open a case for or to filter by: the newest ones, or those whose name matches. */
export const caseClientOptionsQuery = graphql(`
  query CaseClientOptions($search: String, $first: Int!) {
    clients(first: $first, filter: { search: $search }) {
      nodes {
        id
        name
        jurisdiction
        currency
        defaultTeam {
          id
          name
        }
      }
    }
  }
`);

/** One client's name and terms of the case form, e.g. for a client chosen through `?client=`. */
export const caseClientQuery = graphql(`
  query CaseClient($id: ID!) {
    node(id: $id) {
      ... on Client {
        id
        name
        jurisdiction
        currency
        defaultTeam {
          id
          name
        }
      }
    }
  }
`);

/** Teams with their members: to filter by, to open a case in and to reassign to. */
export const caseTeamOptionsQuery = graphql(`
  query CaseTeamOptions {
    teams(first: 100) {
      nodes {
        id
        name
        active
        members(first: 100) {
          nodes {
            id
            name
            active
          }
        }
      }
    }
  }
`);

/** Debtors and other parties of a case, found by the quick search. */
export const casePartySearchQuery = graphql(`
  query CasePartySearch($text: String!, $first: Int) {
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

/** A party's name, e.g. for a debtor chosen through `?debtor=` after creating it. */
export const casePartyNameQuery = graphql(`
  query CasePartyName($id: ID!) {
    node(id: $id) {
      ... on Party {
        id
        displayName
        mergedInto {
          id
        }
      }
    }
  }
`);

export const caseOpenMutation = graphql(`
  mutation CaseOpen($input: CaseOpenInput!) {
    caseOpen(input: $input) {
      case {
        id
        reference
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseActivateMutation = graphql(`
  mutation CaseActivate($input: CaseIdInput!) {
    caseActivate(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseHoldMutation = graphql(`
  mutation CaseHold($input: CaseHoldInput!) {
    caseHold(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseReleaseMutation = graphql(`
  mutation CaseRelease($input: CaseIdInput!) {
    caseRelease(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseCloseMutation = graphql(`
  mutation CaseClose($input: CaseCloseInput!) {
    caseClose(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseReopenMutation = graphql(`
  mutation CaseReopen($input: CaseIdInput!) {
    caseReopen(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Only the id comes back: after a reassignment the caller may no longer see the case. */
export const caseAssignMutation = graphql(`
  mutation CaseAssign($input: CaseAssignInput!) {
    caseAssign(input: $input) {
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

export const caseNoteAddMutation = graphql(`
  mutation CaseNoteAdd($input: CaseNoteAddInput!) {
    caseNoteAdd(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const caseClaimAddMutation = graphql(`
  mutation CaseClaimAdd($input: CaseClaimAddInput!) {
    caseClaimAdd(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const casePartyAddMutation = graphql(`
  mutation CasePartyAdd($input: CasePartyAddInput!) {
    casePartyAdd(input: $input) {
      case {
        ...CaseDetailFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
