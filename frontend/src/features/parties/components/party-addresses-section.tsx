import { Badge, Button, Group, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { AddressKind, PartyAddressFieldsFragment, PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { userErrorMessageKey } from '@/lib/user-errors';
import {
  AddressFields,
  type AddressFormValues,
  emptyAddress,
  toAddressFormValues,
  toAddressInput,
  validateAddress,
} from '@/features/parties/components/party-address-fields';
import { addressKinds, addressLine, isAddressCurrent } from '@/features/parties/components/party-format';
import { FormFooter, PartyModal, PartySection, applyUserErrors } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { useAddPartyAddress } from '@/features/parties/hooks/use-add-party-address';
import { useCorrectPartyAddress } from '@/features/parties/hooks/use-correct-party-address';
import { useEndPartyAddress } from '@/features/parties/hooks/use-end-party-address';

type Address = PartyAddressFieldsFragment;
type Values = { kind: AddressKind; validFrom: string; address: AddressFormValues };

const inputFields: Readonly<Record<string, string>> = {
  'address.kind': 'kind',
  'address.validFrom': 'validFrom',
  'address.street': 'address.street',
  'address.houseNumber': 'address.houseNumber',
  'address.houseNumberAddition': 'address.houseNumberAddition',
  'address.postcode': 'address.postcode',
  'address.city': 'address.city',
  'address.country': 'address.country',
};

/** Adds a new address (no `address` given) or corrects a typing mistake in an existing one. */
function AddressForm({ partyId, address, onDone }: { partyId: string; address?: Address; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const addAddress = useAddPartyAddress();
  const correctAddress = useCorrectPartyAddress();
  const saving = address ? correctAddress : addAddress;
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const required = t('common:userErrors.REQUIRED');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: address
      ? { kind: address.kind, validFrom: address.validFrom, address: toAddressFormValues(address) }
      : { kind: 'RESIDENTIAL', validFrom: todayIsoDate(), address: emptyAddress },
    validate: (values) => ({
      ...(values.validFrom === '' ? { validFrom: required } : {}),
      ...validateAddress(values.address, 'address', required, t('common:userErrors.INVALID_FORMAT')),
    }),
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const typed = { ...toAddressInput(values.address), kind: values.kind, validFrom: values.validFrom };
    const handle = {
      onSuccess: (payload: { userErrors: readonly { code: string; field?: readonly string[] | null; message: string }[] }) => {
        if (payload.userErrors.length > 0) {
          setFormErrors(applyUserErrors(form, payload.userErrors, inputFields, t));
          return;
        }
        notify(t(address ? 'parties.addresses.corrected' : 'parties.addresses.added'));
        onDone();
      },
    };
    if (address) correctAddress.mutate({ partyId, addressId: address.id, address: typed }, handle);
    else addAddress.mutate({ partyId, address: typed }, handle);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('parties.addresses.kind')}
            allowDeselect={false}
            data-autofocus
            data={addressKinds.map((kind) => ({ value: kind, label: t(`parties.addressKinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('parties.addresses.validFrom')}
            description={t(address ? 'parties.addresses.correctFromHint' : 'parties.addresses.validFromHint')}
            type="date"
            required
            {...form.getInputProps('validFrom')}
          />
        </SimpleGrid>
        <AddressFields form={form} prefix="address" address={form.getValues().address} required />
        <FormFooter
          formErrors={formErrors}
          failed={saving.isError}
          busy={saving.isPending}
          submitLabel={t(address ? 'parties.addresses.saveCorrection' : 'parties.addresses.add')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

/** Asks for the last day at an address before ending it; the address stays in the history. */
function EndAddressDialog({ partyId, address, onClose }: { partyId: string; address: Address; onClose: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const endAddress = useEndPartyAddress();
  const [lastDay, setLastDay] = useState(todayIsoDate());
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  const confirm = () => {
    setError(null);
    setFieldError(null);
    if (lastDay === '') {
      setFieldError(t('common:userErrors.REQUIRED'));
      return;
    }
    if (lastDay < address.validFrom) {
      setFieldError(t('parties.addresses.endBeforeStart', { from: formatDate(address.validFrom, i18n.language) }));
      return;
    }
    endAddress.mutate(
      { partyId, addressId: address.id, validUntil: lastDay },
      {
        onSuccess: (payload) => {
          const refusal = payload.userErrors[0];
          if (!refusal) {
            notify(t('parties.addresses.ended', { address: addressLine(address) }));
            onClose();
          } else if (refusal.field?.at(-1) === 'validUntil') setFieldError(t(userErrorMessageKey(refusal.code)));
          else setError(t(userErrorMessageKey(refusal.code)));
        },
        onError: () => setError(t('common:status.saveFailed')),
      },
    );
  };

  return (
    <ConfirmDialog
      opened
      title={t('parties.addresses.endTitle')}
      confirmLabel={t('parties.addresses.endConfirm')}
      busy={endAddress.isPending}
      error={error}
      onConfirm={confirm}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text>{t('parties.addresses.endText', { address: addressLine(address) })}</Text>
        <TextInput
          label={t('parties.addresses.lastDay')}
          description={t('parties.addresses.lastDayHint')}
          type="date"
          required
          data-autofocus
          value={lastDay}
          error={fieldError}
          onChange={(event) => setLastDay(event.currentTarget.value)}
        />
      </Stack>
    </ConfirmDialog>
  );
}

/** Current addresses first, then the history (newest first) greyed out with the period each was valid. */
function ordered(addresses: readonly Address[], today: string) {
  const current = addresses.filter((a) => isAddressCurrent(a, today));
  return [...current, ...addresses.filter((a) => !current.includes(a))];
}

type Dialog = { kind: 'add' } | { kind: 'correct'; address: Address } | { kind: 'end'; address: Address } | null;

export function PartyAddressesSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = todayIsoDate();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const close = () => setDialog(null);
  return (
    <PartySection
      title={t('parties.addresses.title')}
      id="party-addresses"
      action={
        canEdit ? (
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'add' })}>
            {t('parties.addresses.add')}
          </Button>
        ) : null
      }
    >
      {party.addresses.length === 0 ? <Text c="dimmed">{t('parties.addresses.empty')}</Text> : null}
      <List listStyleType="none" spacing="sm">
        {ordered(party.addresses, today).map((address) => {
          const current = isAddressCurrent(address, today);
          const future = address.validFrom > today;
          const line = addressLine(address);
          return (
            <List.Item key={address.id}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={current ? 600 : 400} c={current ? undefined : 'dimmed'}>
                      {line}
                    </Text>
                    <Badge variant="light" color="gray" tt="none">
                      {t(`parties.addressKinds.${address.kind}`)}
                    </Badge>
                    {current ? (
                      <Badge variant="light" color="teal" tt="none">
                        {t('parties.addresses.current')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {address.validUntil
                      ? t('parties.period.range', { from: date(address.validFrom), until: date(address.validUntil) })
                      : t(future ? 'parties.period.startsOn' : 'parties.period.since', { from: date(address.validFrom) })}
                  </Text>
                </Stack>
                {canEdit ? (
                  <Group gap={4}>
                    <Button size="xs" variant="subtle" aria-label={t('parties.addresses.correctFor', { address: line })} onClick={() => setDialog({ kind: 'correct', address })}>
                      {t('parties.addresses.correct')}
                    </Button>
                    {address.validUntil == null ? (
                      <Button size="xs" variant="subtle" aria-label={t('parties.addresses.endFor', { address: line })} onClick={() => setDialog({ kind: 'end', address })}>
                        {t('parties.addresses.end')}
                      </Button>
                    ) : null}
                  </Group>
                ) : null}
              </Group>
            </List.Item>
          );
        })}
      </List>
      <PartyModal opened={dialog?.kind === 'add'} title={t('parties.addresses.addTitle')} onClose={close}>
        <AddressForm partyId={party.id} onDone={close} />
      </PartyModal>
      <PartyModal opened={dialog?.kind === 'correct'} title={t('parties.addresses.correctTitle')} onClose={close}>
        {dialog?.kind === 'correct' ? <AddressForm key={dialog.address.id} partyId={party.id} address={dialog.address} onDone={close} /> : null}
      </PartyModal>
      {dialog?.kind === 'end' ? <EndAddressDialog partyId={party.id} address={dialog.address} onClose={close} /> : null}
    </PartySection>
  );
}
