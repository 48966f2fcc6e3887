import { graphql } from '@/lib/graphql-client';

export const teamsQuery = graphql(`
  query Teams($first: Int!, $after: String, $includeArchived: Boolean) {
    teams(first: $first, after: $after, includeArchived: $includeArchived) {
      nodes {
        id
        name
        description
        active
        members(first: 1) {
          totalCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const teamMembersQuery = graphql(`
  query TeamMembers($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Team {
        id
        name
        members(first: $first, after: $after) {
          nodes {
            id
            name
            email
            active
            roles
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          totalCount
        }
      }
    }
  }
`);

export const teamCreateMutation = graphql(`
  mutation TeamCreate($input: TeamCreateInput!) {
    teamCreate(input: $input) {
      team {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const teamUpdateMutation = graphql(`
  mutation TeamUpdate($input: TeamUpdateInput!) {
    teamUpdate(input: $input) {
      team {
        id
        name
        description
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const teamArchiveMutation = graphql(`
  mutation TeamArchive($input: TeamArchiveInput!) {
    teamArchive(input: $input) {
      team {
        id
        active
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
