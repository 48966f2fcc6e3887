import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphql-client';
import type { CaseClientQuery } from '@/lib/graphql-types';
import { caseClientOptionsQuery, caseClientQuery } from '@/features/cases/api/cases';
import { casesQueryKey } from '@/features/cases/hooks/use-refresh-cases-after';

/** Clients whose name matches what was typed (the newest ones when nothing was typed). */
export function useCaseClientOptions(search: string, enabled = true) {
  const trimmed = search.trim();
  return useQuery({
    queryKey: [...casesQueryKey, 'client-options', trimmed],
    enabled,
    queryFn: () => graphqlRequest(caseClientOptionsQuery, { search: trimmed === '' ? null : trimmed, first: 20 }),
    select: (data) => data.clients.nodes,
    placeholderData: keepPreviousData,
  });
}

/** One client by id (null when there is none), e.g. the one chosen through `?client=`. */
export function useCaseClient(clientId: string | null) {
  return useQuery({
    queryKey: [...casesQueryKey, 'client', clientId],
    enabled: clientId !== null,
    queryFn: () => graphqlRequest(caseClientQuery, { id: clientId ?? '' }),
    select: (data) => {
      const node = data.node;
      return node !== null && 'name' in node ? (node as Extract<NonNullable<CaseClientQuery['node']>, { name: string }>) : null;
    },
  });
}
