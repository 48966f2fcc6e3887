/**
 * The debtor portal's REST client, typed from api-spec/openapi/portal.v1.yaml. It carries no staff credentials and
 * imports nothing from the staff apps.
 */
import createClient from 'openapi-fetch';
import type { paths } from '@/generated/openapi/portal';
import { apiUrl } from '@/lib/api-url';

export type PortalLinkCheck = 'valid' | 'invalid' | 'tooManyAttempts' | 'unavailable';


export function portalClient() {
  return createClient<paths>({ baseUrl: apiUrl('/api/portal/v1'), credentials: 'omit' });
}

/** Asks whether a portal link's token still works. The server also answers for malformed tokens (400), so every link is checked the same way. */
export async function checkPortalLink(token: string): Promise<PortalLinkCheck> {
  if (token.length === 0) return 'invalid';
  try {
    const { response } = await portalClient().GET('/links/{token}', { params: { path: { token } } });
    if (response.ok) return 'valid';
    if (response.status === 404 || response.status === 400) return 'invalid';
    if (response.status === 429) return 'tooManyAttempts';
    return 'unavailable';
  } catch {
    return 'unavailable';
  }
}
