import { type StaffRole, useSession } from '@/lib/auth';

/** Who may see clients and change their profiles (field agents and client users may not). */
export const clientEditorRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER'];

export type ClientAccess = { readonly canView: boolean; readonly canEdit: boolean };

export function clientAccessFor(roles: readonly string[]): ClientAccess {
  const allowed = roles.some((role) => (clientEditorRoles as readonly string[]).includes(role));
  return { canView: allowed, canEdit: allowed };
}

/** What the signed-in user may do with clients; the server checks again. */
export function useClientAccess(): ClientAccess {
  const session = useSession();
  return clientAccessFor(session.status === 'signedIn' ? session.user.roles : []);
}
