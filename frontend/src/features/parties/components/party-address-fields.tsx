import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AddressInput } from '@/lib/graphql-types';
import { type AddressLike, listedCountries, otherCountry } from '@/features/parties/components/party-format';

export type AddressFormValues = {
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  /** NL, BE, DE, PL or OTHER (then `otherCountry` holds the code). */
  country: string;
  otherCountry: string;
};

export const emptyAddress: AddressFormValues = {
  street: '',
  houseNumber: '',
  houseNumberAddition: '',
  postcode: '',
  city: '',
  country: 'NL',
  otherCountry: '',
};

/** An address as recorded, back in the form's shape (to correct it). */
export function toAddressFormValues(address: AddressLike): AddressFormValues {
  const listed = (listedCountries as readonly string[]).includes(address.country);
  return {
    street: address.street,
    houseNumber: address.houseNumber,
    houseNumberAddition: address.houseNumberAddition ?? '',
    postcode: address.postcode,
    city: address.city,
    country: listed ? address.country : otherCountry,
    otherCountry: listed ? '' : address.country,
  };
}

/** True when the user typed any part of an address (the country alone does not count). */
export function isAddressStarted(address: AddressFormValues): boolean {
  return [address.street, address.houseNumber, address.houseNumberAddition, address.postcode, address.city].some((v) => v.trim() !== '');
}

export function toAddressInput(address: AddressFormValues): AddressInput {
  const addition = address.houseNumberAddition.trim();
  return {
    street: address.street.trim(),
    houseNumber: address.houseNumber.trim(),
    ...(addition ? { houseNumberAddition: addition } : {}),
    postcode: address.postcode.trim(),
    city: address.city.trim(),
    country: address.country === otherCountry ? address.otherCountry.trim().toUpperCase() : address.country,
  };
}

/** Client-side checks before the server's: the required parts, and a two-letter code for another country. */
export function validateAddress(address: AddressFormValues, prefix: string, requiredMessage: string, formatMessage: string) {
  const errors: Record<string, string> = {};
  for (const field of ['street', 'houseNumber', 'postcode', 'city'] as const) {
    if (address[field].trim() === '') errors[`${prefix}.${field}`] = requiredMessage;
  }
  if (address.country === otherCountry && !/^[A-Za-z]{2}$/.test(address.otherCountry.trim())) errors[`${prefix}.otherCountry`] = formatMessage;
  return errors;
}

type Values = Record<string, unknown>;

type AddressFieldsProps<V extends Values> = {
  form: UseFormReturnType<V>;
  /** Where the address sits in the form values, e.g. `address`. */
  prefix: string;
  address: AddressFormValues;
  required?: boolean;
};

/** Street, house number (+ addition), postcode, city and country, laid out as an address is read. */
export function AddressFields<V extends Values>({ form, prefix, address, required }: AddressFieldsProps<V>) {
  const { t } = useTranslation('staff');
  const countryOptions = [
    ...listedCountries.map((code) => ({ value: code, label: t(`parties.countries.${code}`) })),
    { value: otherCountry, label: t('parties.countries.OTHER') },
  ];
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('parties.fields.street')} required={required} autoComplete="off" style={{ gridColumn: 'span 2' }} {...form.getInputProps(`${prefix}.street`)} />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={t('parties.fields.houseNumber')} required={required} autoComplete="off" {...form.getInputProps(`${prefix}.houseNumber`)} />
          <TextInput label={t('parties.fields.houseNumberAddition')} autoComplete="off" {...form.getInputProps(`${prefix}.houseNumberAddition`)} />
        </SimpleGrid>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('parties.fields.postcode')} required={required} autoComplete="off" {...form.getInputProps(`${prefix}.postcode`)} />
        <TextInput label={t('parties.fields.city')} required={required} autoComplete="off" {...form.getInputProps(`${prefix}.city`)} />
        <Select label={t('parties.fields.country')} data={countryOptions} allowDeselect={false} {...form.getInputProps(`${prefix}.country`)} />
      </SimpleGrid>
      {address.country === otherCountry ? (
        <TextInput
          label={t('parties.fields.countryCode')}
          description={t('parties.fields.countryCodeHint')}
          required
          maxLength={2}
          maw={200}
          autoComplete="off"
          {...form.getInputProps(`${prefix}.otherCountry`)}
        />
      ) : null}
    </>
  );
}
