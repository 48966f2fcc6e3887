import { Anchor, Badge, Button, Group, List, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelKind, PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { userErrorMessageKey } from '@/lib/user-errors';
import { FormFooter, PartyModal, PartySection, applyUserErrors } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { PartyRemoveDialog } from '@/features/parties/components/party-remove-dialog';
import { useAddPartyContactChannel } from '@/features/parties/hooks/use-add-party-contact-channel';
import { useRemovePartyContactChannel } from '@/features/parties/hooks/use-remove-party-contact-channel';
import { useSetPartyChannelOptOut } from '@/features/parties/hooks/use-set-party-channel-opt-out';

type Channel = PartyDetailFieldsFragment['contactChannels'][number];
type Values = { kind: ChannelKind; value: string; label: string };
const addableKinds: readonly ChannelKind[] = ['PHONE', 'EMAIL'];

function AddChannelForm({ partyId, onDone }: { partyId: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const addChannel = useAddPartyContactChannel();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'PHONE', value: '', label: '' },
    validate: { value: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });
  const kind = form.getValues().kind;

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const label = values.label.trim();
    addChannel.mutate(
      { partyId, kind: values.kind, value: values.value.trim(), ...(label ? { label } : {}) },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, ['kind', 'value', 'label'], t));
            return;
          }
          notify(t('parties.channels.added'));
          onDone();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('parties.channels.kind')}
          allowDeselect={false}
          data={addableKinds.map((value) => ({ value, label: t(`parties.channelKinds.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t(kind === 'PHONE' ? 'parties.fields.phone' : 'parties.fields.email')}
            type={kind === 'PHONE' ? 'tel' : 'email'}
            description={kind === 'PHONE' ? t('parties.fields.phoneHint') : undefined}
            required
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('value')}
          />
          <TextInput label={t('parties.channels.label')} description={t('parties.channels.labelHint')} autoComplete="off" {...form.getInputProps('label')} />
        </SimpleGrid>
        <FormFooter formErrors={formErrors} failed={addChannel.isError} busy={addChannel.isPending} submitLabel={t('parties.channels.add')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function channelHref(channel: Channel): string | null {
  if (channel.kind === 'PHONE') return `tel:${channel.value.replace(/[^\d+]/g, '')}`;
  if (channel.kind === 'EMAIL') return `mailto:${channel.value}`;
  return null;
}

export function PartyChannelsSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation('staff');
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Channel | null>(null);
  const setOptOut = useSetPartyChannelOptOut();
  const removeChannel = useRemovePartyContactChannel();

  const toggle = (channel: Channel, optedOut: boolean) =>
    setOptOut.mutate(
      { partyId: party.id, channelId: channel.id, optedOut },
      {
        onSuccess: (payload) => {
          const error = payload.userErrors[0];
          if (error) notify(t(userErrorMessageKey(error.code)), 'red');
        },
        onError: () => notify(t('common:status.saveFailed'), 'red'),
      },
    );

  return (
    <PartySection
      title={t('parties.channels.title')}
      id="party-channels"
      action={
        canEdit ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('parties.channels.add')}
          </Button>
        ) : null
      }
    >
      {party.preferredChannel ? (
        <Text size="sm">{t('parties.channels.preferred', { kind: t(`parties.channelKinds.${party.preferredChannel}`) })}</Text>
      ) : null}
      {party.contactChannels.length === 0 ? <Text c="dimmed">{t('parties.channels.empty')}</Text> : null}
      <List listStyleType="none" spacing="sm">
        {party.contactChannels.map((channel) => {
          const href = channelHref(channel);
          return (
            <List.Item key={channel.id}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Badge variant="light" color="gray" tt="none">
                    {t(`parties.channelKinds.${channel.kind}`)}
                  </Badge>
                  {href ? (
                    <Anchor href={href} td={channel.optedOut ? 'line-through' : undefined}>
                      {channel.value}
                    </Anchor>
                  ) : (
                    <Text>{channel.value}</Text>
                  )}
                  {channel.label ? (
                    <Text size="sm" c="dimmed">
                      ({channel.label})
                    </Text>
                  ) : null}
                  {!canEdit && channel.optedOut ? (
                    <Badge color="red" variant="light" tt="none">
                      {t('parties.channels.optedOut')}
                    </Badge>
                  ) : null}
                </Group>
                {canEdit ? (
                  <Group gap="xs">
                    <Switch
                      label={t('parties.channels.optedOut')}
                      aria-label={t('parties.channels.optedOutFor', { value: channel.value })}
                      checked={channel.optedOut}
                      disabled={setOptOut.isPending && setOptOut.variables.channelId === channel.id}
                      onChange={(event) => toggle(channel, event.currentTarget.checked)}
                    />
                    <Button size="xs" variant="subtle" color="red" aria-label={t('parties.channels.removeFor', { value: channel.value })} onClick={() => setRemoving(channel)}>
                      {t('parties.remove.action')}
                    </Button>
                  </Group>
                ) : null}
              </Group>
            </List.Item>
          );
        })}
      </List>
      <PartyModal opened={adding} title={t('parties.channels.addTitle')} onClose={() => setAdding(false)}>
        <AddChannelForm partyId={party.id} onDone={() => setAdding(false)} />
      </PartyModal>
      {removing ? (
        <PartyRemoveDialog
          title={t('parties.channels.removeTitle')}
          text={t(
            party.preferredChannel === removing.kind && party.contactChannels.filter((channel) => channel.kind === removing.kind).length === 1
              ? 'parties.channels.removeTextPreferred'
              : 'parties.channels.removeText',
            { value: removing.value },
          )}
          doneMessage={t('parties.channels.removed', { value: removing.value })}
          busy={removeChannel.isPending}
          remove={() => removeChannel.mutateAsync({ partyId: party.id, channelId: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </PartySection>
  );
}
