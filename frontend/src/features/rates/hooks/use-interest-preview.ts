import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { InterestPreviewInput } from '@/lib/graphql-types';
import { interestPreviewQuery } from '@/features/rates/api/rates';

/** Runs the interest engine on demand (a query, asked when the person presses Calculate). */
export function useInterestPreview() {
  return useMutation({
    mutationFn: async (input: InterestPreviewInput) => (await graphqlRequest(interestPreviewQuery, { input })).interestPreview,
  });
}
