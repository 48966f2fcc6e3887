import { Badge, Button, Group, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { AddressKind, PartyAddressFieldsFragment, PartyDetailFieldsFragment } from '@/lib/graphql-types';
import {
  AddressFields,
  type AddressFormValues,
  emptyAddress,
  toAddressInput,
  validateAddress,
} from '@/features/parties/components/party-address-fields';
import { addressKinds, addressLine, isAddressCurrent } from '@/features/parties/components/party-format';
import { FormFooter, PartyModal, PartySection, applyUserErrors } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { useAddPartyAddress } from '@/features/parties/hooks/use-add-party-address';

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

function AddAddressForm({ partyId, onDone }: { partyId: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const addAddress = useAddPartyAddress();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const required = t('common:userErrors.REQUIRED');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'RESIDENTIAL', validFrom: todayIsoDate(), address: emptyAddress },
    validate: (values) => ({
      ...(values.validFrom === '' ? { validFrom: required } : {}),
      ...validateAddress(values.address, 'address', required, t('common:userErrors.INVALID_FORMAT')),
    }),
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    addAddress.mutate(
      { partyId, address: { ...toAddressInput(values.address), kind: values.kind, validFrom: values.validFrom } },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, inputFields, t));
            return;
          }
          notify(t('parties.addresses.added'));
          onDone();
        },
      },
    );
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
            description={t('parties.addresses.validFromHint')}
            type="date"
            required
            {...form.getInputProps('validFrom')}
          />
        </SimpleGrid>
        <AddressFields form={form} prefix="address" address={form.getValues().address} required />
        <FormFooter formErrors={formErrors} failed={addAddress.isError} busy={addAddress.isPending} submitLabel={t('parties.addresses.add')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Current addresses first, then the history (newest first) greyed out with the period each was valid. */
function ordered(addresses: readonly PartyAddressFieldsFragment[], today: string) {
  const current = addresses.filter((a) => isAddressCurrent(a, today));
  return [...current, ...addresses.filter((a) => !current.includes(a))];
}

export function PartyAddressesSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const [adding, setAdding] = useState(false);
  const today = todayIsoDate();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <PartySection
      title={t('parties.addresses.title')}
      id="party-addresses"
      action={
        canEdit ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
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
          return (
            <List.Item key={address.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={current ? 600 : 400} c={current ? undefined : 'dimmed'}>
                    {addressLine(address)}
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
            </List.Item>
          );
        })}
      </List>
      <PartyModal opened={adding} title={t('parties.addresses.addTitle')} onClose={() => setAdding(false)}>
        <AddAddressForm partyId={party.id} onDone={() => setAdding(false)} />
      </PartyModal>
    </PartySection>
  );
}
