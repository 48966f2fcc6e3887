import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelKind, Language, PartyDetailFieldsFragment, PartyUpdateInput, RegistrationScheme } from '@/lib/graphql-types';
import { channelKinds, partyLanguages, registrationSchemes } from '@/features/parties/components/party-format';
import { type PickedParty, PartyPicker } from '@/features/parties/components/party-picker';
import { FormFooter, PartyModal, applyUserErrors } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { useUpdateParty } from '@/features/parties/hooks/use-update-party';

type EditValues = {
  person: { givenNames: string; familyNamePrefix: string; familyName: string; dateOfBirth: string };
  organisation: { legalName: string; tradeName: string; registrationScheme: RegistrationScheme | null; registrationNumber: string; vatNumber: string };
  language: Language;
  preferredChannel: ChannelKind | null;
  parent: PickedParty | null;
};

const inputFields: Readonly<Record<string, string>> = {
  'person.givenNames': 'person.givenNames',
  'person.familyNamePrefix': 'person.familyNamePrefix',
  'person.familyName': 'person.familyName',
  'person.dateOfBirth': 'person.dateOfBirth',
  'organisation.legalName': 'organisation.legalName',
  'organisation.tradeName': 'organisation.tradeName',
  'organisation.registrationScheme': 'organisation.registrationScheme',
  'organisation.registrationNumber': 'organisation.registrationNumber',
  'organisation.vatNumber': 'organisation.vatNumber',
  language: 'language',
  preferredChannel: 'preferredChannel',
  parentId: 'parent',
};

/** Empty text clears an optional name part (null), as the whole person or organisation is sent. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function EditForm({ party, onDone }: { party: PartyDetailFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const updateParty = useUpdateParty();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const required = t('common:userErrors.REQUIRED');
  const form = useForm<EditValues>({
    mode: 'controlled',
    initialValues: {
      person: {
        givenNames: party.person?.givenNames ?? '',
        familyNamePrefix: party.person?.familyNamePrefix ?? '',
        familyName: party.person?.familyName ?? '',
        dateOfBirth: party.person?.dateOfBirth ?? '',
      },
      organisation: {
        legalName: party.organisation?.legalName ?? '',
        tradeName: party.organisation?.tradeName ?? '',
        registrationScheme: party.organisation?.registrationScheme ?? null,
        registrationNumber: party.organisation?.registrationNumber ?? '',
        vatNumber: party.organisation?.vatNumber ?? '',
      },
      language: party.language,
      preferredChannel: party.preferredChannel ?? null,
      parent: party.parent ? { id: party.parent.id, displayName: party.parent.displayName } : null,
    },
    validate: (values) => ({
      ...(party.kind === 'PERSON' && values.person.familyName.trim() === '' ? { 'person.familyName': required } : {}),
      ...(party.kind === 'ORGANISATION' && values.organisation.legalName.trim() === '' ? { 'organisation.legalName': required } : {}),
    }),
  });
  const values = form.getValues();

  const submit = form.onSubmit((submitted) => {
    setFormErrors([]);
    const { person, organisation } = submitted;
    const input: PartyUpdateInput = {
      partyId: party.id,
      ...(party.kind === 'PERSON'
        ? {
            person: {
              givenNames: orNull(person.givenNames),
              familyNamePrefix: orNull(person.familyNamePrefix),
              familyName: person.familyName.trim(),
              dateOfBirth: orNull(person.dateOfBirth),
            },
          }
        : {
            organisation: {
              legalName: organisation.legalName.trim(),
              tradeName: orNull(organisation.tradeName),
              registrationScheme: organisation.registrationScheme,
              registrationNumber: orNull(organisation.registrationNumber),
              vatNumber: orNull(organisation.vatNumber),
            },
          }),
      language: submitted.language,
      // a value changes it, null clears it, leaving the field out keeps it
      ...(submitted.preferredChannel !== party.preferredChannel ? { preferredChannel: submitted.preferredChannel } : {}),
      ...((submitted.parent?.id ?? null) !== (party.parent?.id ?? null) ? { parentId: submitted.parent?.id ?? null } : {}),
    };
    updateParty.mutate(input, {
      onSuccess: (payload) => {
        if (payload.userErrors.length > 0) {
          setFormErrors(applyUserErrors(form, payload.userErrors, inputFields, t));
          return;
        }
        notify(t('parties.edit.done', { name: payload.party?.displayName ?? party.displayName }));
        onDone();
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {party.kind === 'PERSON' ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('parties.fields.givenNames')} autoComplete="off" data-autofocus {...form.getInputProps('person.givenNames')} />
              <TextInput label={t('parties.fields.familyNamePrefix')} autoComplete="off" {...form.getInputProps('person.familyNamePrefix')} />
              <TextInput label={t('parties.fields.familyName')} required autoComplete="off" {...form.getInputProps('person.familyName')} />
            </SimpleGrid>
            <TextInput label={t('parties.fields.dateOfBirth')} type="date" maw={240} {...form.getInputProps('person.dateOfBirth')} />
          </>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('parties.fields.legalName')} required autoComplete="off" data-autofocus {...form.getInputProps('organisation.legalName')} />
              <TextInput label={t('parties.fields.tradeName')} autoComplete="off" {...form.getInputProps('organisation.tradeName')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('parties.fields.registrationScheme')}
                clearable
                data={registrationSchemes.map((scheme) => ({ value: scheme, label: t(`parties.registrationSchemes.${scheme}`) }))}
                {...form.getInputProps('organisation.registrationScheme')}
              />
              <TextInput label={t('parties.fields.registrationNumber')} autoComplete="off" {...form.getInputProps('organisation.registrationNumber')} />
              <TextInput label={t('parties.fields.vatNumber')} autoComplete="off" {...form.getInputProps('organisation.vatNumber')} />
            </SimpleGrid>
          </>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('parties.fields.language')}
            allowDeselect={false}
            data={partyLanguages.map((language) => ({ value: language, label: t(`parties.languages.${language}`) }))}
            {...form.getInputProps('language')}
          />
          <Select
            label={t('parties.fields.preferredChannel')}
            placeholder={t('parties.details.noPreference')}
            clearable
            clearButtonProps={{ 'aria-label': t('parties.edit.clearPreferredChannel'), 'aria-hidden': false, tabIndex: 0 }}
            data={channelKinds.map((kind) => ({ value: kind, label: t(`parties.channelKinds.${kind}`) }))}
            {...form.getInputProps('preferredChannel')}
          />
        </SimpleGrid>
        <PartyPicker
          label={t('parties.fields.parent')}
          description={t('parties.fields.parentHint')}
          kind="ORGANISATION"
          excludeId={party.id}
          value={values.parent}
          onChange={(picked) => form.setFieldValue('parent', picked)}
          error={form.errors.parent as string | undefined}
        />
        <FormFooter formErrors={formErrors} failed={updateParty.isError} busy={updateParty.isPending} submitLabel={t('common:actions.save')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function PartyEditModal({ party, opened, onClose }: { party: PartyDetailFieldsFragment; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <PartyModal opened={opened} title={t('parties.edit.title')} onClose={onClose}>
      <EditForm party={party} onDone={onClose} />
    </PartyModal>
  );
}
