import { CloseButton, Group, List, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minimumContactSearchLength, useClientContactOptions } from '@/features/clients/hooks/use-client-contact-options';

export type ClientContact = { id: string; displayName: string };

type ClientContactsFieldProps = {
  value: readonly ClientContact[];
  onChange: (contacts: ClientContact[]) => void;
  /** The client itself, never its own contact. */
  clientPartyId: string;
  error?: string;
};

/** The client's contact persons: the ones chosen, each with a remove button, and a search to add one more. */
export function ClientContactsField({ value, onChange, clientPartyId, error }: ClientContactsFieldProps) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const found = useClientContactOptions(debounced);
  const chosen = new Set(value.map((contact) => contact.id));
  const options = (debounced.trim().length >= minimumContactSearchLength ? (found.data ?? []) : []).filter(
    (party) => party.id !== clientPartyId && !chosen.has(party.id),
  );

  return (
    <Stack gap="xs">
      {value.length > 0 ? (
        <List listStyleType="none" spacing={4} aria-label={t('clients.fields.contacts')}>
          {value.map((contact) => (
            <List.Item key={contact.id}>
              <Group gap="xs" wrap="nowrap">
                <Text>{contact.displayName}</Text>
                <CloseButton
                  size="sm"
                  aria-label={t('clients.contacts.remove', { name: contact.displayName })}
                  onClick={() => onChange(value.filter((other) => other.id !== contact.id))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('clients.contacts.none')}
        </Text>
      )}
      <Select
        label={t('clients.contacts.add')}
        description={t('clients.contacts.addHint')}
        placeholder={t('clients.contacts.placeholder')}
        searchable
        error={error}
        data={options.map((party) => ({ value: party.id, label: party.displayName }))}
        filter={({ options: all }) => all}
        value={null}
        searchValue={search}
        onSearchChange={setSearch}
        onChange={(id) => {
          const party = options.find((option) => option.id === id);
          if (party) onChange([...value, { id: party.id, displayName: party.displayName }]);
          setSearch('');
        }}
        nothingFoundMessage={
          debounced.trim().length < minimumContactSearchLength
            ? t('clients.contacts.typeMore', { number: minimumContactSearchLength })
            : found.isFetching
              ? t('common:status.loading')
              : t('clients.contacts.nothingFound')
        }
      />
    </Stack>
  );
}
