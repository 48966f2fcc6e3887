import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '@/components/full-page-loader';
import { restoreSession, useSession, type StaffRole } from '@/lib/auth';
import { NotAllowed } from '@/app/staff/routes/not-allowed';
import { caseAccessFor } from '@/features/cases/hooks/use-case-access';

/** The first thing every staff route does: restore the session from the refresh cookie, once. */
export function SessionRoot() {
  const session = useSession();
  useEffect(() => {
    void restoreSession();
  }, []);
  if (session.status === 'unknown') return <FullPageLoader />;
  return <Outlet />;
}

/** Signed-out visitors go to the sign-in page and come back here afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status !== 'signedIn') {
    const expired = session.status === 'signedOut' && session.reason === 'expired';
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search, expired }} />;
  }
  if (session.user.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return <Outlet />;
}

export function RequireRole({ role }: { role: StaffRole }) {
  const session = useSession();
  if (session.status !== 'signedIn' || !session.user.roles.includes(role)) return <NotAllowed />;
  return <Outlet />;
}

/** Where a user lands after signing in: administrators on the users, whoever works cases on the cases, others on their profile. */
export function landingPathFor(roles: readonly string[]): string {
  if (roles.includes('ADMIN')) return '/admin/users';
  return caseAccessFor(roles).canView ? '/cases' : '/profile';
}

export function Landing() {
  const session = useSession();
  return <Navigate to={session.status === 'signedIn' ? landingPathFor(session.user.roles) : '/login'} replace />;
}
