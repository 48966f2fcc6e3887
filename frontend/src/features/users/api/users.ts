import { graphql } from '@/lib/graphql-client';

export const adminUserFieldsFragment = graphql(`
  fragment AdminUserFields on User {
    id
    name
    email
    phone
    language
    active
    roles
    teams {
      id
      name
    }
    clients {
      id
      name
    }
    lockedUntil
    mustChangePassword
    lastSignInAt
    createdAt
  }
`);

export const usersQuery = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes {
        ...AdminUserFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const userTeamOptionsQuery = graphql(`
  query UserTeamOptions {
    teams(first: 100) {
      nodes {
        id
        name
        active
      }
    }
  }
`);

export const userClientOptionsQuery = graphql(`
  query UserClientOptions($search: String) {
    clients(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const userClientsSetMutation = graphql(`
  mutation UserClientsSet($input: UserClientsSetInput!) {
    userClientsSet(input: $input) {
      user {
        ...AdminUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const userCreateMutation = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        ...AdminUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const userUpdateMutation = graphql(`
  mutation UserUpdate($input: UserUpdateInput!) {
    userUpdate(input: $input) {
      user {
        ...AdminUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const userDeactivateMutation = graphql(`
  mutation UserDeactivate($input: UserActivationInput!) {
    userDeactivate(input: $input) {
      user {
        ...AdminUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const userReactivateMutation = graphql(`
  mutation UserReactivate($input: UserActivationInput!) {
    userReactivate(input: $input) {
      user {
        ...AdminUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const userPasswordResetMutation = graphql(`
  mutation UserPasswordReset($input: UserPasswordResetInput!) {
    userPasswordReset(input: $input) {
      user {
        ...AdminUserFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
