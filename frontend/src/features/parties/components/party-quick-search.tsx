import { Anchor, Badge, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import { QueryError } from '@/components/query-error';
import { partyPath } from '@/features/parties/components/party-format';
import { PartySummaryFacts } from '@/features/parties/components/party-summary';
import { minimumSearchLength, usePartySearch } from '@/features/parties/hooks/use-party-search';

/** One box for names, IBANs, e-mails, phones, postcode + house number and registration numbers; best hits first. */
export function PartyQuickSearch() {
  const { t } = useTranslation('staff');
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const search = useDebouncedCallback((value: string) => setSearched(value.trim()), 300);
  const hits = usePartySearch(searched);
  const ready = searched.length >= minimumSearchLength;
  const results = ready ? (hits.data ?? []) : [];

  return (
    <Stack gap="sm" role="search" aria-label={t('parties.quickSearch.label')}>
      <TextInput
        type="search"
        label={t('parties.quickSearch.label')}
        description={t('parties.quickSearch.hint')}
        placeholder={t('parties.quickSearch.placeholder')}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            search(event.currentTarget.value);
            search.flush();
          }
        }}
      />
      {ready && hits.isError ? <QueryError onRetry={() => void hits.refetch()} /> : null}
      {ready && hits.isPending ? <InlineLoader /> : null}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {ready && hits.data ? t('parties.quickSearch.count', { number: results.length }) : ''}
      </Text>
      {results.length > 0 ? (
        <List listStyleType="none" spacing="sm" aria-label={t('parties.quickSearch.results')}>
          {results.map((hit) => (
            <List.Item key={hit.party.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={partyPath(hit.party.id)} fw={600}>
                  {hit.party.displayName}
                </Anchor>
                <Badge variant="outline" color="gray" tt="none">
                  {t('parties.quickSearch.matchedOn', {
                    what: t(`parties.matchedOn.${hit.matchedOn}`, { defaultValue: hit.matchedOn }),
                  })}
                </Badge>
              </Group>
              <PartySummaryFacts party={hit.party} />
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
