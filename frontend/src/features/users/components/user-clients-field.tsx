import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientOptions } from '@/features/users/hooks/use-client-options';

type ClientOption = { id: string; name: string };

type UserClientsFieldProps = {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: React.ReactNode;
  /** Clients already linked, so their names show before anything is searched. */
  known: readonly ClientOption[];
};

/** The clients a client user represents: search by name, pick one or more. */
export function UserClientsField({ value, onChange, error, known }: UserClientsFieldProps) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const options = useClientOptions(debounced, true);
  const [picked, setPicked] = useState<ClientOption[]>([...known]);
  const byId = new Map<string, ClientOption>();
  for (const client of [...picked, ...(options.data ?? [])]) byId.set(client.id, client);
  return (
    <MultiSelect
      label={t('users.fields.clients')}
      description={t('users.fields.clientsHint')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('users.fields.noClients')}
      data={[...byId.values()].map((client) => ({ value: client.id, label: client.name }))}
      value={value}
      error={error}
      onChange={(ids) => {
        setPicked(ids.map((id) => byId.get(id)).filter((client): client is ClientOption => client !== undefined));
        onChange(ids);
      }}
    />
  );
}
