import { type StaffRole, useSession } from '@/lib/auth';

/** Who may see parties at all (client users may not). */
export const partyViewerRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER', 'FIELD_AGENT'];
/** Who may create and change parties (field agents only look). */
export const partyEditorRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER'];
/** Who may merge a duplicate into another party. */
export const partyMergerRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR'];

export type PartyAccess = { readonly canView: boolean; readonly canEdit: boolean; readonly canMerge: boolean };

export function partyAccessFor(roles: readonly string[]): PartyAccess {
  const any = (allowed: readonly StaffRole[]) => roles.some((role) => (allowed as readonly string[]).includes(role));
  return { canView: any(partyViewerRoles), canEdit: any(partyEditorRoles), canMerge: any(partyMergerRoles) };
}

/** What the signed-in user may do with parties; the server checks again. */
export function usePartyAccess(): PartyAccess {
  const session = useSession();
  return partyAccessFor(session.status === 'signedIn' ? session.user.roles : []);
}
