import type { CaseFilter, CaseOrder, CaseOrderField, CaseStatus, Jurisdiction, OrderDirection } from '@/lib/graphql-types';
import { isCaseStatus, jurisdictions, toDecimal } from '@/features/cases/components/case-format';

export const caseSorts = [
  'opened-desc',
  'opened-asc',
  'reference-asc',
  'reference-desc',
  'principal-desc',
  'principal-asc',
] as const;
export type CaseSort = (typeof caseSorts)[number];

const sortFields: Readonly<Record<string, CaseOrderField>> = { opened: 'OPENED_ON', reference: 'REFERENCE', principal: 'PRINCIPAL_TOTAL' };

/**
 * The case list's filters and sort, as kept in the address (so Back and shared links show the same list). Amounts
 * and ages stay as typed; `toCaseFilter` sends only the ones that read as a number.
 */
export type CaseListParams = {
  statuses: CaseStatus[];
  clientId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  jurisdiction: Jurisdiction | null;
  openedFrom: string;
  openedTo: string;
  principalMin: string;
  principalMax: string;
  ageMinDays: string;
  ageMaxDays: string;
  withoutPlan: boolean;
  mine: boolean;
  sort: CaseSort;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const wholeDays = /^\d{1,4}$/;

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
    principalMin: search.get('min') ?? '',
    principalMax: search.get('max') ?? '',
    ageMinDays: search.get('ageMin') ?? '',
    ageMaxDays: search.get('ageMax') ?? '',
    withoutPlan: search.get('noPlan') === '1',
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
  if (params.principalMin) search.set('min', params.principalMin);
  if (params.principalMax) search.set('max', params.principalMax);
  if (params.ageMinDays) search.set('ageMin', params.ageMinDays);
  if (params.ageMaxDays) search.set('ageMax', params.ageMaxDays);
  if (params.withoutPlan) search.set('noPlan', '1');
  if (params.mine) search.set('mine', '1');
  if (params.sort !== 'opened-desc') search.set('sort', params.sort);
  return search;
}

/** An amount as typed, as the API wants it; null when empty or not an amount (the field then says so). */
export function typedAmount(text: string): string | null {
  return text.trim() === '' ? null : toDecimal(text);
}

/** A number of days as typed; null when empty or not a whole number of days. */
export function typedDays(text: string): number | null {
  return wholeDays.test(text.trim()) ? Number(text.trim()) : null;
}

/** Only the criteria that were chosen: the server reads an absent criterion as "any" (and an explicit null too). */
export function toCaseFilter(params: CaseListParams): CaseFilter {
  const principalMin = typedAmount(params.principalMin);
  const principalMax = typedAmount(params.principalMax);
  const ageMinDays = typedDays(params.ageMinDays);
  const ageMaxDays = typedDays(params.ageMaxDays);
  return {
    ...(params.statuses.length > 0 ? { statuses: params.statuses } : {}),
    ...(params.clientId ? { clientId: params.clientId } : {}),
    ...(params.teamId ? { teamId: params.teamId } : {}),
    ...(params.assigneeId ? { assigneeId: params.assigneeId } : {}),
    ...(params.jurisdiction ? { jurisdiction: params.jurisdiction } : {}),
    ...(params.openedFrom ? { openedFrom: params.openedFrom } : {}),
    ...(params.openedTo ? { openedTo: params.openedTo } : {}),
    ...(principalMin !== null ? { principalMin } : {}),
    ...(principalMax !== null ? { principalMax } : {}),
    ...(ageMinDays !== null ? { ageMinDays } : {}),
    ...(ageMaxDays !== null ? { ageMaxDays } : {}),
    ...(params.withoutPlan ? { withoutPlan: true } : {}),
    ...(params.mine ? { mine: true } : {}),
  };
}

export function toCaseOrder(sort: CaseSort): CaseOrder {
  const [field, direction] = sort.split('-');
  return { field: sortFields[field ?? ''] ?? 'OPENED_ON', direction: direction === 'asc' ? 'ASC' : 'DESC' };
}

/** The sort a saved order stands for (newest first when it names one the list does not offer). */
export function fromCaseOrder(order: { field: CaseOrderField; direction: OrderDirection }): CaseSort {
  const field = Object.entries(sortFields).find(([, value]) => value === order.field)?.[0] ?? 'opened';
  const sort = `${field}-${order.direction === 'ASC' ? 'asc' : 'desc'}`;
  return (caseSorts as readonly string[]).includes(sort) ? (sort as CaseSort) : 'opened-desc';
}

/** The list's parameters from a saved filter and sort (what applying a saved view does). */
export function fromSavedCaseView(filter: SavedFilterFields, order: { field: CaseOrderField; direction: OrderDirection }): CaseListParams {
  return {
    statuses: [...(filter.statuses ?? [])],
    clientId: filter.clientId ?? null,
    teamId: filter.teamId ?? null,
    assigneeId: filter.assigneeId ?? null,
    jurisdiction: filter.jurisdiction ?? null,
    openedFrom: filter.openedFrom ?? '',
    openedTo: filter.openedTo ?? '',
    principalMin: filter.principalMin ?? '',
    principalMax: filter.principalMax ?? '',
    ageMinDays: filter.ageMinDays == null ? '' : String(filter.ageMinDays),
    ageMaxDays: filter.ageMaxDays == null ? '' : String(filter.ageMaxDays),
    withoutPlan: filter.withoutPlan,
    mine: filter.mine,
    sort: fromCaseOrder(order),
  };
}

/** The fields of a saved filter (the SavedCaseFilter type, mirroring the CaseFilter input). */
export type SavedFilterFields = {
  statuses?: readonly CaseStatus[] | null;
  clientId?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  jurisdiction?: Jurisdiction | null;
  openedFrom?: string | null;
  openedTo?: string | null;
  principalMin?: string | null;
  principalMax?: string | null;
  ageMinDays?: number | null;
  ageMaxDays?: number | null;
  withoutPlan: boolean;
  mine: boolean;
};

export function hasCaseFilters(params: CaseListParams): boolean {
  return Object.keys(toCaseFilter(params)).length > 0;
}
