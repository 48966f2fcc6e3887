import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { quickSearchQuery } from '@/features/quick-search/api/quick-search';

/** The box asks the server from this many characters on. */
export const minimumQuickSearchLength = 2;
/** Hits per group. */
export const quickSearchGroupSize = 5;

export type QuickSearchScope = { withCases: boolean; withParties: boolean };

/** Cases and parties matching the text (already debounced by the caller), best first in each group. */
export function useQuickSearch(text: string, scope: QuickSearchScope) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['quick-search', trimmed, scope.withCases, scope.withParties],
    enabled: trimmed.length >= minimumQuickSearchLength && (scope.withCases || scope.withParties),
    queryFn: async () => {
      const data = await graphqlRequest(quickSearchQuery, { text: trimmed, first: quickSearchGroupSize, ...scope });
      return { text: trimmed, cases: data.caseSearch ?? [], parties: data.partySearch ?? [] };
    },
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
