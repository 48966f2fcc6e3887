import { authorizedFetch } from '@/lib/graphql-client';
import type { CaseFilter, CaseOrder } from '@/lib/graphql-types';

/** Why an export did not come: the server's problem code (e.g. EXPORT_TOO_LARGE), or a network failure. */
export class CaseExportError extends Error {
  readonly code: string;

  constructor(code: string) {
    super(code);
    this.name = 'CaseExportError';
    this.code = code;
  }
}

/** The export's query parameters (api-spec/openapi/staff.v1.yaml): the list's filter and sort, and the CSV's language. */
export function caseExportQuery(filter: CaseFilter, order: CaseOrder, language: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const status of filter.statuses ?? []) query.append('status', status);
  const single: (keyof CaseFilter)[] = [
    'clientId',
    'teamId',
    'assigneeId',
    'jurisdiction',
    'openedFrom',
    'openedTo',
    'principalMin',
    'principalMax',
    'ageMinDays',
    'ageMaxDays',
    'mine',
    'withoutPlan',
  ];
  for (const name of single) {
    const value = filter[name];
    if (value !== undefined && value !== null && value !== false) query.set(name, String(value));
  }
  query.set('sort', order.field);
  query.set('direction', order.direction);
  query.set('language', language.toUpperCase());
  return query;
}

/** The file name the server chose (Content-Disposition), or a plain one. */
function fileName(response: Response): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? 'cases.csv';
}

/**
 * Downloads the case list as CSV: fetched with the bearer token (a plain link would not carry it), then handed to the
 * browser as a file. Resolves with the file name.
 */
export async function downloadCaseExport(query: URLSearchParams): Promise<string> {
  let response: Response;
  try {
    response = await authorizedFetch(`/api/staff/v1/cases/export?${query.toString()}`, { method: 'GET', headers: { Accept: 'text/csv' } });
  } catch {
    throw new CaseExportError('NETWORK');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string };
    throw new CaseExportError(problem.code ?? 'UNAVAILABLE');
  }
  const name = fileName(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled; the blob can go after that
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
