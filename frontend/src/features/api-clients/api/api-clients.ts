import { graphql } from '@/lib/graphql-client';

export const apiClientsQuery = graphql(`
  query ApiClients($first: Int!, $after: String) {
    apiClients(first: $first, after: $after) {
      nodes {
        id
        name
        clientId
        active
        createdAt
        lastUsedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const apiClientCreateMutation = graphql(`
  mutation ApiClientCreate($input: ApiClientCreateInput!) {
    apiClientCreate(input: $input) {
      apiClient {
        id
        name
        clientId
      }
      clientSecret
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const apiClientRevokeMutation = graphql(`
  mutation ApiClientRevoke($input: ApiClientRevokeInput!) {
    apiClientRevoke(input: $input) {
      apiClient {
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
