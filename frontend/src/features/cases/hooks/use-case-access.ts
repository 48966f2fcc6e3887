import { type StaffRole, useSession } from '@/lib/auth';

/** Who may see cases at all: their teams' and their own (client users see none yet). */
export const caseViewerRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER', 'FIELD_AGENT'];
/** Who may open cases and change them (status, notes, claims, parties, assignment). */
export const caseEditorRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER'];
/** Who sees every case, not only their teams' and their own. */
export const caseSupervisorRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR'];
/** Who may read clients and teams, so pick them in filters and forms (field agents may not). */
export const casePickerRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER'];

export type CaseAccess = {
  readonly canView: boolean;
  readonly canEdit: boolean;
  readonly seesAll: boolean;
  /** May list clients and teams (with their members) for filters, the open-a-case form and reassigning. */
  readonly canPick: boolean;
  /** May reverse a payment (the server refuses caseworkers). */
  readonly canReversePayments: boolean;
};

export function caseAccessFor(roles: readonly string[]): CaseAccess {
  const any = (allowed: readonly StaffRole[]) => roles.some((role) => (allowed as readonly string[]).includes(role));
  return { canView: any(caseViewerRoles), canEdit: any(caseEditorRoles), seesAll: any(caseSupervisorRoles), canPick: any(casePickerRoles), canReversePayments: any(caseSupervisorRoles) };
}

/** What the signed-in user may do with cases; the server checks again. */
export function useCaseAccess(): CaseAccess {
  const session = useSession();
  return caseAccessFor(session.status === 'signedIn' ? session.user.roles : []);
}
