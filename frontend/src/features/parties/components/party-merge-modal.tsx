import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { userErrorMessageKey } from '@/lib/user-errors';
import { type PickedParty, PartyPicker } from '@/features/parties/components/party-picker';
import { PartyModal } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { useMergeParties } from '@/features/parties/hooks/use-merge-parties';

function MergeForm({ survivor, onDone }: { survivor: PartyDetailFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const merge = useMergeParties();
  const [duplicate, setDuplicate] = useState<PickedParty | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!duplicate) return;
    setError(null);
    merge.mutate(
      { survivorId: survivor.id, duplicateId: duplicate.id },
      {
        onSuccess: (payload) => {
          const first = payload.userErrors[0];
          if (first) {
            setError(userErrorMessageKey(first.code));
            return;
          }
          notify(t('parties.merge.done', { duplicate: duplicate.displayName, survivor: survivor.displayName }));
          onDone();
        },
      },
    );
  };

  return (
    <Stack>
      <Text>{t('parties.merge.intro', { survivor: survivor.displayName })}</Text>
      <PartyPicker
        label={t('parties.merge.duplicate')}
        excludeId={survivor.id}
        kind={survivor.kind}
        value={duplicate}
        onChange={setDuplicate}
        required
        autoFocus
      />
      {duplicate ? (
        <Alert color="orange" variant="light">
          {t('parties.merge.confirm', { duplicate: duplicate.displayName, survivor: survivor.displayName })}
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {t(error)}
        </Alert>
      ) : null}
      {merge.isError ? (
        <Alert color="red" role="alert">
          {t('common:status.saveFailed')}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
        <Button color="red" disabled={!duplicate} loading={merge.isPending} onClick={confirm}>
          {t('parties.merge.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Merges a duplicate into this party (supervisors and administrators). */
export function PartyMergeModal({ party, opened, onClose }: { party: PartyDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <PartyModal opened={opened} title={t('parties.merge.title')} onClose={onClose}>
      <MergeForm survivor={party} onDone={onClose} />
    </PartyModal>
  );
}
