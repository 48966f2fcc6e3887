import { Alert, Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import type { Language, PartyCreateInput, PartyKind, RegistrationScheme } from '@/lib/graphql-types';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import {
  AddressFields,
  type AddressFormValues,
  emptyAddress,
  isAddressStarted,
  toAddressInput,
  validateAddress,
} from '@/features/parties/components/party-address-fields';
import { type PartyDuplicateCandidate, PartyDuplicates } from '@/features/parties/components/party-duplicates';
import { partyKinds, partyLanguages, registrationSchemes } from '@/features/parties/components/party-format';
import { type PickedParty, PartyPicker } from '@/features/parties/components/party-picker';
import { notify } from '@/features/parties/components/party-notify';
import { useCreateParty } from '@/features/parties/hooks/use-create-party';
import { usePartyName } from '@/features/parties/hooks/use-party-detail';

export type PartyFormValues = {
  kind: PartyKind;
  person: { givenNames: string; familyNamePrefix: string; familyName: string; dateOfBirth: string };
  organisation: { legalName: string; tradeName: string; registrationScheme: RegistrationScheme | null; registrationNumber: string; vatNumber: string };
  language: Language;
  parent: PickedParty | null;
  address: AddressFormValues;
  phone: string;
  email: string;
  iban: string;
};

/** userError paths (after `input`) → form fields. */
const inputFields: Readonly<Record<string, string>> = {
  kind: 'kind',
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
  parentId: 'parent',
  'address.street': 'address.street',
  'address.houseNumber': 'address.houseNumber',
  'address.houseNumberAddition': 'address.houseNumberAddition',
  'address.postcode': 'address.postcode',
  'address.city': 'address.city',
  'address.country': 'address.country',
  phone: 'phone',
  email: 'email',
  iban: 'iban',
};

/** Leaves empty optional text out of the input (the server reads an absent field as "not given"). */
function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

function toCreateInput(values: PartyFormValues): PartyCreateInput {
  const { person, organisation } = values;
  return {
    kind: values.kind,
    ...(values.kind === 'PERSON'
      ? {
          person: {
            ...optional('givenNames', person.givenNames),
            ...optional('familyNamePrefix', person.familyNamePrefix),
            familyName: person.familyName.trim(),
            ...optional('dateOfBirth', person.dateOfBirth),
          },
        }
      : {
          organisation: {
            legalName: organisation.legalName.trim(),
            ...optional('tradeName', organisation.tradeName),
            ...(organisation.registrationScheme ? { registrationScheme: organisation.registrationScheme } : {}),
            ...optional('registrationNumber', organisation.registrationNumber),
            ...optional('vatNumber', organisation.vatNumber),
          },
        }),
    language: values.language,
    ...(values.parent ? { parentId: values.parent.id } : {}),
    ...(isAddressStarted(values.address) ? { address: toAddressInput(values.address) } : {}),
    ...optional('phone', values.phone),
    ...optional('email', values.email),
    ...optional('iban', values.iban),
  };
}

type PartyCreateFormProps = {
  /** The organisation the new party belongs to, e.g. from "Add contact person or branch". */
  parentId: string | null;
  onCreated: (partyId: string) => void;
  onUseExisting: (partyId: string) => void;
  onCancel: () => void;
};

export function PartyCreateForm({ parentId, ...props }: PartyCreateFormProps) {
  const parent = usePartyName(parentId);
  if (parentId !== null && parent.isPending) return <InlineLoader />;
  const initialParent = parent.data ? { id: parent.data.id, displayName: parent.data.displayName } : null;
  return <PartyCreateFormFields initialParent={initialParent} {...props} />;
}

type FieldsProps = Omit<PartyCreateFormProps, 'parentId'> & { initialParent: PickedParty | null };

function PartyCreateFormFields({ initialParent, onCreated, onUseExisting, onCancel }: FieldsProps) {
  const { t } = useTranslation('staff');
  const createParty = useCreateParty();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<{ input: PartyCreateInput; candidates: PartyDuplicateCandidate[] } | null>(null);
  const required = t('common:userErrors.REQUIRED');
  const form = useForm<PartyFormValues>({
    mode: 'controlled',
    initialValues: {
      kind: 'PERSON',
      person: { givenNames: '', familyNamePrefix: '', familyName: '', dateOfBirth: '' },
      organisation: { legalName: '', tradeName: '', registrationScheme: null, registrationNumber: '', vatNumber: '' },
      language: 'NL',
      parent: initialParent,
      address: emptyAddress,
      phone: '',
      email: '',
      iban: '',
    },
    // A changed form is a new question: the duplicates found for the old one no longer apply.
    onValuesChange: () => setDuplicates(null),
    validate: (values) => ({
      ...(values.kind === 'PERSON' && values.person.familyName.trim() === '' ? { 'person.familyName': required } : {}),
      ...(values.kind === 'ORGANISATION' && values.organisation.legalName.trim() === '' ? { 'organisation.legalName': required } : {}),
      ...(isAddressStarted(values.address) ? validateAddress(values.address, 'address', required, t('common:userErrors.INVALID_FORMAT')) : {}),
    }),
  });
  const values = form.getValues();

  const send = (input: PartyCreateInput) => {
    setFormErrors([]);
    createParty.mutate(input, {
      onSuccess: (payload) => {
        if (payload.party && payload.userErrors.length === 0) {
          notify(t('parties.create.done', { name: payload.party.displayName }));
          onCreated(payload.party.id);
          return;
        }
        if (payload.duplicates.length > 0) {
          setDuplicates({ input, candidates: payload.duplicates });
        } else {
          setDuplicates(null);
        }
        const others = payload.userErrors.filter((error) => error.code !== 'POSSIBLE_DUPLICATE' || payload.duplicates.length === 0);
        const mapped = mapUserErrors(others, inputFields);
        form.setErrors(translateFieldErrors(mapped, t));
        setFormErrors(mapped.form);
      },
    });
  };

  const submit = form.onSubmit((submitted) => {
    setDuplicates(null);
    send(toCreateInput(submitted));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Radio.Group label={t('parties.fields.kind')} value={values.kind} onChange={(value) => form.setFieldValue('kind', value as PartyKind)}>
          <Group mt="xs">
            {partyKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`parties.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>

        {values.kind === 'PERSON' ? (
          <Fieldset legend={t('parties.create.personLegend')}>
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('parties.fields.givenNames')} autoComplete="off" autoFocus {...form.getInputProps('person.givenNames')} />
                <TextInput label={t('parties.fields.familyNamePrefix')} autoComplete="off" {...form.getInputProps('person.familyNamePrefix')} />
                <TextInput label={t('parties.fields.familyName')} required autoComplete="off" {...form.getInputProps('person.familyName')} />
              </SimpleGrid>
              <TextInput label={t('parties.fields.dateOfBirth')} type="date" maw={240} {...form.getInputProps('person.dateOfBirth')} />
            </Stack>
          </Fieldset>
        ) : (
          <Fieldset legend={t('parties.create.organisationLegend')}>
            <Stack>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('parties.fields.legalName')} required autoComplete="off" autoFocus {...form.getInputProps('organisation.legalName')} />
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
            </Stack>
          </Fieldset>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('parties.fields.language')}
            description={t('parties.fields.languageHint')}
            allowDeselect={false}
            data={partyLanguages.map((language) => ({ value: language, label: t(`parties.languages.${language}`) }))}
            {...form.getInputProps('language')}
          />
          <PartyPicker
            label={t('parties.fields.parent')}
            description={t('parties.fields.parentHint')}
            kind="ORGANISATION"
            value={values.parent}
            onChange={(party) => form.setFieldValue('parent', party)}
            error={form.errors.parent as string | undefined}
          />
        </SimpleGrid>

        <Fieldset legend={t('parties.create.addressLegend')}>
          <Stack>
            <AddressFields form={form} prefix="address" address={values.address} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('parties.create.contactLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('parties.fields.phone')} type="tel" autoComplete="off" description={t('parties.fields.phoneHint')} {...form.getInputProps('phone')} />
            <TextInput label={t('parties.fields.email')} type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('parties.fields.iban')} autoComplete="off" spellCheck={false} description={t('parties.fields.ibanHint')} {...form.getInputProps('iban')} />
          </SimpleGrid>
        </Fieldset>

        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {createParty.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}

        {duplicates ? (
          <PartyDuplicates
            candidates={duplicates.candidates}
            creating={createParty.isPending}
            onUse={onUseExisting}
            onCreateAnyway={() => send({ ...duplicates.input, allowDuplicates: true })}
          />
        ) : null}

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          {duplicates ? null : (
            <Button type="submit" loading={createParty.isPending}>
              {t('parties.create.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
