import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartyAdvancedSearch } from '@/features/parties/components/party-advanced-search';
import { PartyQuickSearch } from '@/features/parties/components/party-quick-search';
import { usePartyAccess } from '@/features/parties/hooks/use-party-access';

/** The parties screen: quick search first, advanced search folded away, and "New party" for those who may. */
export function PartySearch() {
  const { t } = useTranslation('staff');
  const access = usePartyAccess();
  return (
    <Stack gap="lg">
      {access.canEdit ? (
        <Group justify="flex-end">
          <Button component={Link} to="/parties/new">
            {t('parties.actions.create')}
          </Button>
        </Group>
      ) : null}
      <PartyQuickSearch />
      <PartyAdvancedSearch />
    </Stack>
  );
}
