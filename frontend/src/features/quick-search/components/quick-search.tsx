import { Badge, Box, Group, Kbd, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseStatus } from '@/lib/graphql-types';
import {
  minimumQuickSearchLength,
  type QuickSearchScope,
  useQuickSearch,
} from '@/features/quick-search/hooks/use-quick-search';

type Option =
  | { kind: 'case'; id: string; path: string; reference: string; status: CaseStatus; debtors: string; client: string }
  | { kind: 'party'; id: string; path: string; displayName: string; matchedOn: string };

/** The pages the hits open (the cases and parties features own them; this box only links there). */
const caseAddress = (id: string) => `/cases/${encodeURIComponent(id)}`;
const partyAddress = (id: string) => `/parties/${encodeURIComponent(id)}`;

/** True when "/" is typed into something that takes text, or behind an open dialog: then it is not the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * One box in the staff header for cases and parties: type two characters and the best cases and parties appear in a
 * list below, grouped. It follows the WAI-ARIA combobox pattern: the focus stays in the box, arrow keys move through
 * the hits (aria-activedescendant), Enter opens the chosen one (or the first), Escape closes the list and then
 * empties the box, "/" anywhere else brings the focus here.
 */
export function QuickSearch({ withCases, withParties }: QuickSearchScope) {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [debounced] = useDebouncedValue(text, 250);
  const search = useQuickSearch(debounced, { withCases, withParties });
  // the highlighted hit belongs to one set of results; new results start with none highlighted
  const [highlight, setHighlight] = useState<{ text: string; index: number }>({ text: '', index: -1 });

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);

  const typed = text.trim();
  const long = typed.length >= minimumQuickSearchLength;
  const result = long && search.data && debounced.trim().length >= minimumQuickSearchLength ? search.data : null;
  const options: Option[] = result
    ? [
        ...result.cases.map(
          (item): Option => ({
            kind: 'case',
            id: item.id,
            path: caseAddress(item.id),
            reference: item.reference,
            status: item.status,
            debtors: item.debtors.map((debtor) => debtor.displayName).join(', '),
            client: item.client.name,
          }),
        ),
        ...result.parties.map(
          (hit): Option => ({ kind: 'party', id: hit.party.id, path: partyAddress(hit.party.id), displayName: hit.party.displayName, matchedOn: hit.matchedOn }),
        ),
      ]
    : [];
  const active = result && highlight.text === result.text ? highlight.index : -1;
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${ids}-option-${index}`;
  const listboxId = `${ids}-listbox`;
  const cases = options.filter((option) => option.kind === 'case');
  const parties = options.filter((option) => option.kind === 'party');

  const choose = (option: Option) => {
    setOpen(false);
    setText('');
    void navigate(option.path);
  };

  const move = (step: 1 | -1) => {
    if (!result || options.length === 0) return;
    setOpen(true);
    const next = active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
    setHighlight({ text: result.text, index: next });
    document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // Enter opens the highlighted hit, or the best one when the results belong to what is typed now
        const chosen = options[active] ?? (result?.text === typed ? options[0] : undefined);
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (open && long) setOpen(false);
        else setText('');
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
    }
  };

  const status = !long
    ? ''
    : result
      ? options.length === 0
        ? t('quickSearch.nothingFound', { text: result.text })
        : t('quickSearch.found', { cases: cases.length, parties: parties.length })
      : search.isError
        ? t('quickSearch.failed')
        : t('quickSearch.searching');

  const renderOption = (option: Option, index: number) => {
    const isActive = index === active;
    return (
      <Box
        key={`${option.kind}-${option.id}`}
        id={optionId(index)}
        role="option"
        aria-selected={isActive}
        px="sm"
        py={6}
        // a mouse click must not blur the box before the choice is made
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => choose(option)}
        onMouseMove={() => {
          if (result && !isActive) setHighlight({ text: result.text, index });
        }}
        style={{
          cursor: 'pointer',
          borderLeft: `3px solid ${isActive ? 'var(--mantine-color-vorda-7)' : 'transparent'}`,
          background: isActive ? 'var(--mantine-color-vorda-0)' : undefined,
        }}
      >
        {option.kind === 'case' ? (
          <>
            <Group gap="xs" wrap="nowrap">
              <Text fw={600} size="sm">
                {option.reference}
              </Text>
              <Badge size="sm" variant="light" color="gray" tt="none">
                {t(`cases.statuses.${option.status}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {option.debtors ? `${option.debtors} · ${option.client}` : option.client}
            </Text>
          </>
        ) : (
          <>
            <Text fw={600} size="sm" lineClamp={1}>
              {option.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {t('quickSearch.matchedOn', { what: t(`parties.matchedOn.${option.matchedOn}`, { defaultValue: option.matchedOn }) })}
            </Text>
          </>
        )}
      </Box>
    );
  };

  const group = (key: 'cases' | 'parties', members: Option[], offset: number) =>
    members.length === 0 ? null : (
      <div role="group" aria-labelledby={`${ids}-${key}`}>
        <Text id={`${ids}-${key}`} role="presentation" size="xs" fw={700} tt="uppercase" c="dark.4" px="sm" pt="xs" pb={2}>
          {t(`quickSearch.${key}`)}
        </Text>
        {members.map((option, index) => renderOption(option, offset + index))}
      </div>
    );

  return (
    <Box pos="relative" w="100%" maw={480} role="search" aria-label={t('quickSearch.region')}>
      <TextInput
        ref={input}
        role="combobox"
        aria-label={t(withParties ? 'quickSearch.label' : 'quickSearch.labelCases')}
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        aria-describedby={`${ids}-hint`}
        placeholder={t(withParties ? 'quickSearch.placeholder' : 'quickSearch.placeholderCases')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        rightSection={text === '' ? <Kbd aria-hidden="true">/</Kbd> : null}
      />
      <span id={`${ids}-hint`} className="visually-hidden">
        {t('quickSearch.hint', { number: minimumQuickSearchLength })}
      </span>
      <span role="status" aria-live="polite" aria-label={t('quickSearch.region')} className="visually-hidden">
        {open ? status : ''}
      </span>
      <Paper
        shadow="md"
        withBorder
        pos="absolute"
        top="calc(100% + 4px)"
        left={0}
        right={0}
        py={4}
        style={{ zIndex: 300, maxHeight: '70vh', overflowY: 'auto', display: open && result ? undefined : 'none' }}
      >
        <div role="listbox" id={listboxId} aria-label={t('quickSearch.results')} style={{ display: expanded ? undefined : 'none' }}>
          {group('cases', cases, 0)}
          {group('parties', parties, cases.length)}
        </div>
        {open && result && options.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {status}
          </Text>
        ) : null}
      </Paper>
    </Box>
  );
}
