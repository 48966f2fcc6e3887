import { type StaffRole, useSession } from '@/lib/auth';

/** Who may see cases at all: their teams' and their own; client users the cases of the clients they represent. */
export const caseViewerRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER', 'FIELD_AGENT', 'CLIENT_USER'];
/** Who may open cases and change them (status, notes, claims, parties, assignment). */
export const caseEditorRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER'];
/** Who sees every case, not only their teams' and their own. */
export const caseSupervisorRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR'];
/** Who may read clients and teams, so pick them in filters and forms (field agents may not). */
export const casePickerRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER'];
/** Who may see the people on a case (client users see the case, not its debtors' details). */
export const casePeopleRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER', 'FIELD_AGENT'];

export type CaseAccess = {
  readonly canView: boolean;
  readonly canEdit: boolean;
  readonly seesAll: boolean;
  /** May list clients and teams (with their members) for filters, the open-a-case form and reassigning. */
  readonly canPick: boolean;
  /** May see the parties of a case and open their pages. */
  readonly seesPeople: boolean;
  /** Sees cases as a client's representative: only the cases of the clients they represent. */
  readonly isClientUser: boolean;
};

export function caseAccessFor(roles: readonly string[]): CaseAccess {
  const any = (allowed: readonly StaffRole[]) => roles.some((role) => (allowed as readonly string[]).includes(role));
  return {
    canView: any(caseViewerRoles),
    canEdit: any(caseEditorRoles),
    seesAll: any(caseSupervisorRoles),
    canPick: any(casePickerRoles),
    seesPeople: any(casePeopleRoles),
    isClientUser: roles.length > 0 && roles.every((role) => role === 'CLIENT_USER'),
  };
}

/** What the signed-in user may do with cases; the server checks again. */
export function useCaseAccess(): CaseAccess {
  const session = useSession();
  return caseAccessFor(session.status === 'signedIn' ? session.user.roles : []);
}
