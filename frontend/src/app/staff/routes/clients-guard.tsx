import { Outlet } from 'react-router';
import { NotAllowed } from '@/app/staff/routes/not-allowed';
import { useClientAccess } from '@/features/clients/hooks/use-client-access';

/** Clients are for staff who open and work cases (not field agents or client users). */
export function RequireClientAccess() {
  const access = useClientAccess();
  if (!access.canView) return <NotAllowed />;
  return <Outlet />;
}
