import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import { casePartyNameQuery, casePartySearchQuery } from '@/features/cases/api/cases';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

/** The quick search needs this many characters before it asks the server. */
export const minimumPartySearchLength = 2;

/** Parties found by name, IBAN, e-mail, phone or postcode, leaving out merged ones. */
export function useCasePartyOptions(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: [...casesQueryKey, 'party-options', trimmed],
    enabled: trimmed.length >= minimumPartySearchLength,
    queryFn: () => graphqlRequest(casePartySearchQuery, { text: trimmed, first: 10 }),
    select: (data) => data.partySearch.map((hit) => hit.party).filter((party) => !party.mergedInto),
    placeholderData: keepPreviousData,
  });
}

/** The names of parties known by id (e.g. debtors passed in the address); unknown or merged ones are left out. */
export function useCasePartyNames(partyIds: readonly string[]) {
  return useQueries({
    queries: partyIds.map((id) => ({
      queryKey: [...casesQueryKey, 'party-name', id],
      queryFn: () => graphqlRequest(casePartyNameQuery, { id }),
    })),
    combine: (results) => ({
      pending: results.some((result) => result.isPending),
      parties: results.flatMap((result) => {
        const node = result.data?.node;
        return node && 'displayName' in node && !node.mergedInto ? [{ id: node.id, displayName: node.displayName }] : [];
      }),
    }),
  });
}
