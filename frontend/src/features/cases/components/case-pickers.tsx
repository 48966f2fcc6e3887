import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseClientOptionsQuery } from '@/lib/graphql-types';
import { useCaseClientOptions } from '@/features/cases/hooks/use-case-client-options';
import { minimumPartySearchLength, useCasePartyOptions } from '@/features/cases/hooks/use-case-party-options';

export type PickedClient = CaseClientOptionsQuery['clients']['nodes'][number];
export type PickedParty = { id: string; displayName: string };

type PickerProps<T> = {
  label: string;
  description?: string;
  value: T | null;
  onChange: (value: T | null) => void;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
};

/** Picks a client by typing part of its name; without typing it offers the newest clients. */
export function CaseClientPicker({ label, description, value, onChange, error, required, autoFocus, placeholder }: PickerProps<PickedClient>) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const typed = debounced.trim() === (value?.name ?? '') ? '' : debounced;
  // Ask for clients only once someone opens the list or types, not whenever a form or filter shows the field.
  const [wanted, setWanted] = useState(false);
  const found = useCaseClientOptions(typed, wanted || typed.trim() !== '');
  const options = [...(value ? [value] : []), ...(found.data ?? []).filter((client) => client.id !== value?.id)];
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('cases.pickers.clientPlaceholder')}
      searchable
      clearable
      required={required}
      autoFocus={autoFocus}
      // Focused on arrival, the list would cover the form before anyone asked for it; typing or ↓ opens it.
      openOnFocus={!autoFocus}
      error={error}
      data={options.map((client) => ({ value: client.id, label: client.name }))}
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setWanted(true)}
      onChange={(id) => onChange(options.find((client) => client.id === id) ?? null)}
      nothingFoundMessage={found.isFetching ? t('common:status.loading') : t('cases.pickers.noClient')}
    />
  );
}

type PartyPickerProps = PickerProps<PickedParty> & {
  /** Parties already chosen elsewhere on the form, not offered again. */
  excludeIds?: readonly string[];
  /** Empties itself after a pick (to add one party after another to a list). */
  resetAfterPick?: boolean;
};

/** Picks a party by typing part of its name, IBAN, e-mail, phone or postcode (the quick search). */
export function CasePartyPicker({ label, description, value, onChange, error, required, autoFocus, placeholder, excludeIds = [], resetAfterPick }: PartyPickerProps) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState(value?.displayName ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const typed = debounced.trim() === (value?.displayName ?? '') ? '' : debounced;
  const found = useCasePartyOptions(typed);
  const hits = (typed.trim().length >= minimumPartySearchLength ? (found.data ?? []) : []).filter(
    (party) => !excludeIds.includes(party.id) && party.id !== value?.id,
  );
  const options: PickedParty[] = [...(value ? [value] : []), ...hits.map((party) => ({ id: party.id, displayName: party.displayName }))];
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('cases.pickers.partyPlaceholder')}
      searchable
      clearable={!resetAfterPick}
      required={required}
      autoFocus={autoFocus}
      openOnFocus={!autoFocus}
      error={error}
      data={options.map((party) => ({ value: party.id, label: party.displayName }))}
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const party = options.find((option) => option.id === id) ?? null;
        onChange(party);
        if (resetAfterPick && party) setSearch('');
      }}
      nothingFoundMessage={
        typed.trim().length < minimumPartySearchLength
          ? t('cases.pickers.typeMore', { number: minimumPartySearchLength })
          : found.isFetching
            ? t('common:status.loading')
            : t('cases.pickers.noParty')
      }
    />
  );
}
