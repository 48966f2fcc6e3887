import { useEffect } from 'react';
import { Navigate, Outlet } from 'react-router';
import { FullPageLoader } from '@/components/full-page-loader';
import { restoreSession, useSession } from '@/lib/auth';

export function FieldSessionRoot() {
  const session = useSession();
  useEffect(() => {
    void restoreSession();
  }, []);
  if (session.status === 'unknown') return <FullPageLoader />;
  return <Outlet />;
}

export function FieldRequireSession() {
  const session = useSession();
  if (session.status !== 'signedIn') return <Navigate to="/login" replace />;
  if (session.user.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <Outlet />;
}
