import { Badge, Button, Group, List, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '@/lib/dates';
import type { PartyDetailFieldsFragment, StayKind } from '@/lib/graphql-types';
import { stayKinds } from '@/features/parties/components/party-format';
import { FormFooter, PartyModal, PartySection, applyUserErrors } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { useAddPartyStay } from '@/features/parties/hooks/use-add-party-stay';

type Values = { kind: StayKind; institution: string; from: string; until: string };

function AddStayForm({ partyId, onDone }: { partyId: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const addStay = useAddPartyStay();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'DETENTION', institution: '', from: todayIsoDate(), until: '' },
    validate: {
      from: (value) => (value === '' ? t('common:userErrors.REQUIRED') : null),
      until: (value, values) => (value !== '' && value < values.from ? t('common:userErrors.INVALID_PERIOD') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const institution = values.institution.trim();
    addStay.mutate(
      { partyId, kind: values.kind, from: values.from, ...(institution ? { institution } : {}), ...(values.until ? { until: values.until } : {}) },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, ['kind', 'institution', 'from', 'until'], t));
            return;
          }
          notify(t('parties.stays.added'));
          onDone();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('parties.stays.kind')}
            allowDeselect={false}
            data-autofocus
            data={stayKinds.map((kind) => ({ value: kind, label: t(`parties.stayKinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('parties.stays.institution')} autoComplete="off" {...form.getInputProps('institution')} />
          <TextInput label={t('parties.stays.from')} type="date" required {...form.getInputProps('from')} />
          <TextInput label={t('parties.stays.until')} type="date" description={t('parties.stays.untilHint')} {...form.getInputProps('until')} />
        </SimpleGrid>
        <FormFooter formErrors={formErrors} failed={addStay.isError} busy={addStay.isPending} submitLabel={t('parties.stays.add')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function PartyStaysSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const [adding, setAdding] = useState(false);
  const today = todayIsoDate();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <PartySection
      title={t('parties.stays.title')}
      id="party-stays"
      action={
        canEdit ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('parties.stays.add')}
          </Button>
        ) : null
      }
    >
      {party.stays.length === 0 ? <Text c="dimmed">{t('parties.stays.empty')}</Text> : null}
      <List listStyleType="none" spacing="sm">
        {party.stays.map((stay) => {
          const ongoing = stay.from <= today && (stay.until == null || stay.until >= today);
          return (
            <List.Item key={stay.id}>
              <Group gap="xs">
                <Text fw={500}>{t(`parties.stayKinds.${stay.kind}`)}</Text>
                {stay.institution ? <Text>{stay.institution}</Text> : null}
                {ongoing ? (
                  <Badge color="orange" variant="light" tt="none">
                    {t('parties.stays.ongoing')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {stay.until ? t('parties.period.range', { from: date(stay.from), until: date(stay.until) }) : t('parties.period.since', { from: date(stay.from) })}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <PartyModal opened={adding} title={t('parties.stays.addTitle')} onClose={() => setAdding(false)}>
        <AddStayForm partyId={party.id} onDone={() => setAdding(false)} />
      </PartyModal>
    </PartySection>
  );
}
