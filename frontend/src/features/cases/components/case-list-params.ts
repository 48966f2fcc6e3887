import type { CaseFilter, CaseOrder, CaseStatus, Jurisdiction } from '@/lib/graphql-types';
import { isCaseStatus, jurisdictions } from '@/features/cases/components/case-format';

export const caseSorts = ['opened-desc', 'opened-asc', 'reference-asc', 'reference-desc'] as const;
export type CaseSort = (typeof caseSorts)[number];

/** The case list's filters and sort, as kept in the address (so Back and shared links show the same list). */
export type CaseListParams = {
  statuses: CaseStatus[];
  clientId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  jurisdiction: Jurisdiction | null;
  openedFrom: string;
  openedTo: string;
  mine: boolean;
  sort: CaseSort;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function readCaseListParams(search: URLSearchParams): CaseListParams {
  const jurisdiction = search.get('jurisdiction');
  const sort = search.get('sort');
  const date = (name: string) => {
    const value = search.get(name) ?? '';
    return isoDate.test(value) ? value : '';
  };
  return {
    statuses: search.getAll('status').filter(isCaseStatus),
    clientId: search.get('client') || null,
    teamId: search.get('team') || null,
    assigneeId: search.get('assignee') || null,
    jurisdiction: jurisdiction && (jurisdictions as readonly string[]).includes(jurisdiction) ? (jurisdiction as Jurisdiction) : null,
    openedFrom: date('from'),
    openedTo: date('to'),
    mine: search.get('mine') === '1',
    sort: (caseSorts as readonly string[]).includes(sort ?? '') ? (sort as CaseSort) : 'opened-desc',
  };
}

export function writeCaseListParams(params: CaseListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const status of params.statuses) search.append('status', status);
  if (params.clientId) search.set('client', params.clientId);
  if (params.teamId) search.set('team', params.teamId);
  if (params.assigneeId) search.set('assignee', params.assigneeId);
  if (params.jurisdiction) search.set('jurisdiction', params.jurisdiction);
  if (params.openedFrom) search.set('from', params.openedFrom);
  if (params.openedTo) search.set('to', params.openedTo);
  if (params.mine) search.set('mine', '1');
  if (params.sort !== 'opened-desc') search.set('sort', params.sort);
  return search;
}

/** Only the criteria that were chosen: the server reads an absent criterion as "any" (and an explicit null too). */
export function toCaseFilter(params: CaseListParams): CaseFilter {
  return {
    ...(params.statuses.length > 0 ? { statuses: params.statuses } : {}),
    ...(params.clientId ? { clientId: params.clientId } : {}),
    ...(params.teamId ? { teamId: params.teamId } : {}),
    ...(params.assigneeId ? { assigneeId: params.assigneeId } : {}),
    ...(params.jurisdiction ? { jurisdiction: params.jurisdiction } : {}),
    ...(params.openedFrom ? { openedFrom: params.openedFrom } : {}),
    ...(params.openedTo ? { openedTo: params.openedTo } : {}),
    ...(params.mine ? { mine: true } : {}),
  };
}

export function toCaseOrder(sort: CaseSort): CaseOrder {
  const [field, direction] = sort.split('-');
  return { field: field === 'reference' ? 'REFERENCE' : 'OPENED_ON', direction: direction === 'asc' ? 'ASC' : 'DESC' };
}

export function hasCaseFilters(params: CaseListParams): boolean {
  return Object.keys(toCaseFilter(params)).length > 0;
}
