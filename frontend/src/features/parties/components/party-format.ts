import type { AddressKind, ChannelKind, DuplicateReason, Language, PartyKind, RegistrationScheme, StayKind } from '@/lib/graphql-types';

/** The address of a party's page (ids are opaque and may hold characters a path must escape). */
export function partyPath(partyId: string): string {
  return `/parties/${encodeURIComponent(partyId)}`;
}

export const partyKinds: readonly PartyKind[] = ['PERSON', 'ORGANISATION'];
export const partyLanguages: readonly Language[] = ['NL', 'EN', 'DE', 'PL', 'FR'];
export const registrationSchemes: readonly RegistrationScheme[] = ['KVK', 'KBO', 'HRB', 'KRS', 'NIP', 'OTHER'];
export const addressKinds: readonly AddressKind[] = ['RESIDENTIAL', 'POSTAL'];
export const channelKinds: readonly ChannelKind[] = ['PHONE', 'EMAIL', 'POST'];
export const stayKinds: readonly StayKind[] = ['DETENTION', 'ADMISSION'];
export const duplicateReasons: readonly DuplicateReason[] = [
  'SAME_IBAN',
  'SAME_EMAIL',
  'SAME_PHONE',
  'SAME_NAME_AND_DATE_OF_BIRTH',
  'SAME_NAME_AND_POSTCODE',
  'SAME_REGISTRATION_NUMBER',
];

/** Countries the address form offers by name; any other is typed as an ISO 3166-1 alpha-2 code. */
export const listedCountries = ['NL', 'BE', 'DE', 'PL'] as const;
export const otherCountry = 'OTHER';

/** An IBAN in groups of four, as printed on bank cards: `NL91 ABNA 0417 1643 00`. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export type AddressLike = {
  street: string;
  houseNumber: string;
  houseNumberAddition?: string | null;
  postcode: string;
  city: string;
  country: string;
  kind?: AddressKind;
  validFrom?: string;
  validUntil?: string | null;
};

/** `Dorpsstraat 12 A, 1234 AB Amsterdam` (the country is added when not Dutch). */
export function addressLine(address: AddressLike): string {
  const number = [address.houseNumber, address.houseNumberAddition].filter(Boolean).join(' ');
  const place = [address.postcode, address.city].filter(Boolean).join(' ');
  const country = address.country === 'NL' ? '' : `, ${address.country}`;
  return `${address.street} ${number}, ${place}${country}`;
}

/** Valid on the given day: started on or before it and not ended before it. */
export function isAddressCurrent(address: AddressLike, today: string): boolean {
  return (address.validFrom ?? '') <= today && (address.validUntil == null || address.validUntil >= today);
}

/** The residential address valid today, else the newest one. */
export function currentAddress<A extends AddressLike>(addresses: readonly A[], today: string): A | undefined {
  return (
    addresses.find((a) => (a.kind ?? 'RESIDENTIAL') === 'RESIDENTIAL' && isAddressCurrent(a, today)) ??
    addresses.find((a) => isAddressCurrent(a, today)) ??
    addresses[0]
  );
}
