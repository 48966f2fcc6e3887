import { useNavigate, useParams } from 'react-router';
import { CaseDetail } from '@/features/cases/components/case-detail';

export function CaseDetailRoute() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  // After a reassignment that takes the case out of the user's sight, the list is where they can go on.
  return <CaseDetail key={caseId} caseId={caseId} onLostSight={() => void navigate('/cases', { replace: true })} />;
}
