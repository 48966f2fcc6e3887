import { Outlet } from 'react-router';
import { NotAllowed } from '@/app/staff/routes/not-allowed';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';

/** Cases are for staff who work them or visit debtors and for client users; `edit` keeps field agents and client users out. */
export function RequireCaseAccess({ edit = false }: { edit?: boolean }) {
  const access = useCaseAccess();
  if (!(edit ? access.canEdit : access.canView)) return <NotAllowed />;
  return <Outlet />;
}
