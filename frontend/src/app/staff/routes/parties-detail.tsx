import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PartyCasesSection } from '@/features/cases/components/party-cases-section';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';
import { ClientProfileSection } from '@/features/clients/components/client-profile-section';
import { PartyDetail } from '@/features/parties/components/party-detail';

/**
 * A party's page: the party's own sections, the cases it is in (for those who see cases) and its client profile (for
 * those who may see clients).
 */
export function PartyDetailRoute() {
  const { partyId = '' } = useParams();
  const caseAccess = useCaseAccess();
  return (
    <Stack gap="md" key={partyId}>
      <PartyDetail partyId={partyId} />
      {caseAccess.canView ? <PartyCasesSection partyId={partyId} /> : null}
      <ClientProfileSection partyId={partyId} />
    </Stack>
  );
}
