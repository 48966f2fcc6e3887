import { graphql } from '@/lib/graphql-client';

/** A saved view with everything needed to apply it. */
export const savedCaseViewFieldsFragment = graphql(`
  fragment SavedCaseViewFields on SavedCaseView {
    id
    name
    filter {
      statuses
      clientId
      assigneeId
      teamId
      jurisdiction
      mine
      openedFrom
      openedTo
      principalMin
      principalMax
      ageMinDays
      ageMaxDays
      withoutPlan
    }
    orderBy {
      field
      direction
    }
  }
`);

export const savedCaseViewsQuery = graphql(`
  query SavedCaseViews {
    savedCaseViews {
      ...SavedCaseViewFields
    }
  }
`);

export const savedCaseViewCreateMutation = graphql(`
  mutation SavedCaseViewCreate($input: SavedCaseViewCreateInput!) {
    savedCaseViewCreate(input: $input) {
      savedCaseView {
        ...SavedCaseViewFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const savedCaseViewRenameMutation = graphql(`
  mutation SavedCaseViewRename($input: SavedCaseViewRenameInput!) {
    savedCaseViewRename(input: $input) {
      savedCaseView {
        ...SavedCaseViewFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const savedCaseViewDeleteMutation = graphql(`
  mutation SavedCaseViewDelete($input: SavedCaseViewDeleteInput!) {
    savedCaseViewDelete(input: $input) {
      deletedViewId
      userErrors {
        code
        field
        message
      }
    }
  }
`);
