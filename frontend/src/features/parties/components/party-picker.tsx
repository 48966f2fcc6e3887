import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyKind } from '@/lib/graphql-types';
import { minimumSearchLength, usePartySearch } from '@/features/parties/hooks/use-party-search';

export type PickedParty = { id: string; displayName: string };

type PartyPickerProps = {
  label: string;
  description?: string;
  value: PickedParty | null;
  onChange: (party: PickedParty | null) => void;
  /** Leave this party out (a party cannot be its own parent or duplicate). */
  excludeId?: string;
  /** Offer only persons or only organisations. */
  kind?: PartyKind;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
};

/** Picks a party by typing part of its name, IBAN, e-mail, phone or postcode (the quick search). */
export function PartyPicker({ label, description, value, onChange, excludeId, kind, error, required, autoFocus }: PartyPickerProps) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState(value?.displayName ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const typed = debounced.trim() !== (value?.displayName ?? '') ? debounced : '';
  const hits = usePartySearch(typed);
  const found = (typed.trim().length >= minimumSearchLength ? (hits.data ?? []) : [])
    .map((hit) => hit.party)
    .filter((party) => party.id !== excludeId && !party.mergedInto && (kind === undefined || party.kind === kind));
  const options = [...(value ? [value] : []), ...found.filter((party) => party.id !== value?.id)];

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('parties.picker.placeholder')}
      searchable
      clearable
      // Mantine hides its clear button from keyboards and screen readers; this one can be reached and is named
      clearButtonProps={{ 'aria-label': t('parties.picker.clear', { label }), 'aria-hidden': false, tabIndex: 0 }}
      required={required}
      autoFocus={autoFocus}
      error={error}
      data={options.map((party) => ({ value: party.id, label: party.displayName }))}
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const party = options.find((option) => option.id === id);
        onChange(party ? { id: party.id, displayName: party.displayName } : null);
      }}
      nothingFoundMessage={
        typed.trim().length < minimumSearchLength
          ? t('parties.picker.typeMore', { number: minimumSearchLength })
          : hits.isFetching
            ? t('common:status.loading')
            : t('parties.picker.nothingFound')
      }
    />
  );
}
