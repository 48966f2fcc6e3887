import { graphql } from '@/lib/graphql-client';

/**
 * The header's quick search: cases and parties in one request. Each half is asked only of staff who may see it
 * (@include), so a field agent's search never trips over a permission it does not have.
 */
export const quickSearchQuery = graphql(`
  query QuickSearch($text: String!, $first: Int!, $withCases: Boolean!, $withParties: Boolean!) {
    caseSearch(text: $text, first: $first) @include(if: $withCases) {
      id
      reference
      status
      client {
        id
        name
      }
      debtors {
        id
        displayName
      }
    }
    partySearch(text: $text, first: $first) @include(if: $withParties) {
      party {
        id
        kind
        displayName
      }
      matchedOn
    }
  }
`);
