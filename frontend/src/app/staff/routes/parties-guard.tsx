import { Outlet } from 'react-router';
import { NotAllowed } from '@/app/staff/routes/not-allowed';
import { usePartyAccess } from '@/features/parties/hooks/use-party-access';

/** Parties are for staff who work cases or visit debtors (not client users); `edit` also keeps field agents out. */
export function RequirePartyAccess({ edit = false }: { edit?: boolean }) {
  const access = usePartyAccess();
  if (!(edit ? access.canEdit : access.canView)) return <NotAllowed />;
  return <Outlet />;
}
