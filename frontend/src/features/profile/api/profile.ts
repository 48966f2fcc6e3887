import { graphql } from '@/lib/graphql-client';

export const meQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      phone
      language
      roles
      teams {
        id
        name
      }
    }
  }
`);

export const profileUpdateMutation = graphql(`
  mutation ProfileUpdate($input: ProfileUpdateInput!) {
    profileUpdate(input: $input) {
      user {
        id
        name
        phone
        language
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const passwordChangeMutation = graphql(`
  mutation PasswordChange($input: PasswordChangeInput!) {
    passwordChange(input: $input) {
      user {
        id
        mustChangePassword
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
