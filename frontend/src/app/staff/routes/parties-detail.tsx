import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { ClientProfileSection } from '@/features/clients/components/client-profile-section';
import { PartyDetail } from '@/features/parties/components/party-detail';

/** A party's page, with its client profile (for those who may see clients) below the party's own sections. */
export function PartyDetailRoute() {
  const { partyId = '' } = useParams();
  return (
    <Stack gap="md" key={partyId}>
      <PartyDetail partyId={partyId} />
      <ClientProfileSection partyId={partyId} />
    </Stack>
  );
}
