import { type StaffRole, useSession } from '@/lib/auth';

/** Who may move all open cases of one person to others (the server's HAND_OVER_CASES). */
export const caseHandoverRoles: readonly StaffRole[] = ['ADMIN', 'SUPERVISOR'];

export function canHandOverCases(roles: readonly string[]): boolean {
  return roles.some((role) => (caseHandoverRoles as readonly string[]).includes(role));
}

/** True when the signed-in user may hand cases over; the server checks again. */
export function useHandoverAccess(): boolean {
  const session = useSession();
  return canHandOverCases(session.status === 'signedIn' ? session.user.roles : []);
}
