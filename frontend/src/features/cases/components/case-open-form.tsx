import { Alert, Anchor, Button, CloseButton, Fieldset, Group, List, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineLoader } from '@/components/inline-loader';
import type { CaseOpenInput, CaseRole } from '@/lib/graphql-types';
import { mapUserErrors } from '@/lib/user-errors';
import { otherCaseRoles } from '@/features/cases/components/case-format';
import { notify } from '@/features/cases/components/case-notify';
import { type PickedClient, type PickedParty, CaseClientPicker, CasePartyPicker } from '@/features/cases/components/case-pickers';
import { applyUserErrors, focusFirstError } from '@/features/cases/components/case-section';
import { type ClaimValues, ClaimFields, claimFieldNames, emptyClaim, toClaimInput, validateClaim } from '@/features/cases/components/claim-fields';
import { useCaseClient } from '@/features/cases/hooks/use-case-client-options';
import { useCasePartyNames } from '@/features/cases/hooks/use-case-party-options';
import { useCaseTeamOptions } from '@/features/cases/hooks/use-case-team-options';
import { useOpenCase } from '@/features/cases/hooks/use-open-case';

type OtherParty = { key: string; party: PickedParty | null; role: CaseRole };

type OpenValues = {
  client: PickedClient | null;
  debtors: PickedParty[];
  others: OtherParty[];
  claims: ClaimValues[];
  teamId: string | null;
  assigneeId: string | null;
};

let nextOtherKey = 0;
function emptyOther(): OtherParty {
  nextOtherKey += 1;
  return { key: `other-${nextOtherKey}`, party: null, role: 'GUARANTOR' };
}

/** userError paths (after `input`) → form fields; a claim's fields by row. */
function inputFields(claimCount: number): Record<string, string> {
  const fields: Record<string, string> = { clientId: 'client', debtorIds: 'debtors', parties: 'others', partyId: 'others', claims: 'claims', teamId: 'teamId', assigneeId: 'assigneeId' };
  for (let index = 0; index < claimCount; index += 1) {
    for (const name of claimFieldNames) fields[`claims.${index}.${name}`] = `claims.${index}.${name}`;
  }
  return fields;
}

function toOpenInput(values: OpenValues): CaseOpenInput {
  const others = values.others.filter((other) => other.party !== null);
  return {
    clientId: values.client?.id ?? '',
    debtorIds: values.debtors.map((debtor) => debtor.id),
    ...(others.length > 0 ? { parties: others.map((other) => ({ partyId: other.party?.id ?? '', role: other.role })) } : {}),
    claims: values.claims.map(toClaimInput),
    ...(values.teamId ? { teamId: values.teamId } : {}),
    ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
  };
}

/**
 * Where "New debtor" comes back to: this form with the client and debtors chosen so far; the parties page adds the
 * new debtor as one more `debtor` parameter.
 */
export function openCaseReturnPath(values: Pick<OpenValues, 'client' | 'debtors'>): string {
  const params = new URLSearchParams();
  if (values.client) params.set('client', values.client.id);
  for (const debtor of values.debtors) params.append('debtor', debtor.id);
  const query = params.toString();
  return query ? `/cases/new?${query}` : '/cases/new';
}

type CaseOpenFormProps = {
  /** A client chosen beforehand (`?client=`). */
  clientId: string | null;
  /** Debtors chosen beforehand (`?debtor=`, repeated), e.g. one just created. */
  debtorIds: readonly string[];
  /** Where to create a new debtor that comes back to this form. */
  newDebtorPath: (returnTo: string) => string;
  onOpened: (caseId: string) => void;
  onCancel: () => void;
};

export function CaseOpenForm({ clientId, debtorIds, ...props }: CaseOpenFormProps) {
  const client = useCaseClient(clientId);
  const debtors = useCasePartyNames(debtorIds);
  if ((clientId !== null && client.isPending) || debtors.pending) return <InlineLoader />;
  return <CaseOpenFormFields initialClient={client.data ?? null} initialDebtors={debtors.parties} {...props} />;
}

type FieldsProps = Omit<CaseOpenFormProps, 'clientId' | 'debtorIds'> & { initialClient: PickedClient | null; initialDebtors: PickedParty[] };

function CaseOpenFormFields({ initialClient, initialDebtors, newDebtorPath, onOpened, onCancel }: FieldsProps) {
  const { t } = useTranslation('staff');
  const openCase = useOpenCase();
  const teams = useCaseTeamOptions();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [teamTouched, setTeamTouched] = useState(false);
  const form = useForm<OpenValues>({
    mode: 'controlled',
    initialValues: {
      client: initialClient,
      debtors: initialDebtors,
      others: [],
      claims: [emptyClaim()],
      teamId: initialClient?.defaultTeam?.id ?? null,
      assigneeId: null,
    },
    validate: (values) => ({
      ...(values.client ? {} : { client: t('common:userErrors.REQUIRED') }),
      ...(values.debtors.length > 0 ? {} : { debtors: t('cases.open.debtorRequired') }),
      ...values.others.reduce<Record<string, string>>(
        (errors, other, index) => (other.party ? errors : { ...errors, [`others.${index}.party`]: t('common:userErrors.REQUIRED') }),
        {},
      ),
      ...values.claims.reduce<Record<string, string>>((errors, claim, index) => ({ ...errors, ...validateClaim(claim, `claims.${index}`, t) }), {}),
    }),
  });
  const values = form.getValues();
  const currency = values.client?.currency ?? null;
  const activeTeams = (teams.data ?? []).filter((team) => team.active || team.id === values.teamId);
  const members = (teams.data ?? []).find((team) => team.id === values.teamId)?.members.filter((member) => member.active) ?? [];


  const pickClient = (client: PickedClient | null) => {
    form.setFieldValue('client', client);
    if (!teamTouched) {
      form.setFieldValue('teamId', client?.defaultTeam?.id ?? null);
      form.setFieldValue('assigneeId', null);
    }
  };

  const submit = form.onSubmit(
    (submitted, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      openCase.mutate(toOpenInput(submitted), {
        onSuccess: (payload) => {
          if (payload.case && payload.userErrors.length === 0) {
            notify(t('cases.open.done', { reference: payload.case.reference }));
            onOpened(payload.case.id);
            return;
          }
          const fields = inputFields(submitted.claims.length);
          setFormErrors(applyUserErrors(form, payload.userErrors, fields, t));
          if (Object.keys(mapUserErrors(payload.userErrors, fields).fields).length > 0) focusFirstError(element);
        },
      });
    },
    (_errors, _values, event) => focusFirstError(event?.currentTarget),
  );

  const addClaim = () => {
    const claim = emptyClaim();
    form.insertListItem('claims', claim);
    setFocusKey(claim.key);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('cases.open.title')}>
      <Stack gap="lg">
        <Fieldset legend={t('cases.open.clientLegend')}>
          <Stack gap="xs">
            <CaseClientPicker
              label={t('cases.fields.client')}
              description={t('cases.open.clientHint')}
              required
              autoFocus={initialClient === null}
              value={values.client}
              onChange={pickClient}
              error={form.errors.client as string | undefined}
            />
            {values.client ? (
              <Text size="sm" c="dimmed">
                {t('cases.open.clientTerms', {
                  jurisdiction: t(`cases.jurisdictions.${values.client.jurisdiction}`),
                  currency: values.client.currency,
                })}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.open.debtorsLegend')}>
          <Stack gap="xs">
            {values.debtors.length > 0 ? (
              <List listStyleType="none" spacing={4} aria-label={t('cases.open.chosenDebtors')}>
                {values.debtors.map((debtor, index) => (
                  <List.Item key={debtor.id}>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={500}>{debtor.displayName}</Text>
                      <CloseButton
                        size="sm"
                        aria-label={t('cases.open.removeDebtor', { name: debtor.displayName })}
                        onClick={() => form.removeListItem('debtors', index)}
                      />
                    </Group>
                  </List.Item>
                ))}
              </List>
            ) : null}
            <CasePartyPicker
              label={t('cases.open.addDebtor')}
              description={t('cases.open.addDebtorHint')}
              value={null}
              resetAfterPick
              excludeIds={values.debtors.map((debtor) => debtor.id)}
              onChange={(party) => {
                if (party) form.insertListItem('debtors', party);
              }}
              error={form.errors.debtors as string | undefined}
            />
            <Group gap="xs">
              <Text size="sm">{t('cases.open.debtorMissing')}</Text>
              <Anchor component={Link} to={newDebtorPath(openCaseReturnPath(values))} size="sm" fw={600}>
                {t('cases.open.newDebtor')}
              </Anchor>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.open.othersLegend')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('cases.open.othersHint')}
            </Text>
            {values.others.map((other, index) => (
              <Group key={other.key} align="flex-end" wrap="wrap" gap="sm">
                <div style={{ flex: '2 1 16rem' }}>
                  <CasePartyPicker
                    label={t('cases.open.otherParty', { number: index + 1 })}
                    value={other.party}
                    autoFocus={focusKey === other.key}
                    excludeIds={values.debtors.map((debtor) => debtor.id)}
                    onChange={(party) => form.setFieldValue(`others.${index}.party`, party)}
                    error={form.errors[`others.${index}.party`] as string | undefined}
                  />
                </div>
                <Select
                  style={{ flex: '1 1 10rem' }}
                  label={t('cases.open.otherRole', { number: index + 1 })}
                  allowDeselect={false}
                  data={otherCaseRoles.map((role) => ({ value: role, label: t(`cases.roles.${role}`) }))}
                  {...form.getInputProps(`others.${index}.role`)}
                />
                <Button variant="subtle" color="red" onClick={() => form.removeListItem('others', index)}>
                  {t('cases.open.removeOther', { number: index + 1 })}
                </Button>
              </Group>
            ))}
            {form.errors.others ? (
              <Text c="red.8" size="sm" role="alert">
                {form.errors.others}
              </Text>
            ) : null}
            <Button
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => {
                const other = emptyOther();
                form.insertListItem('others', other);
                setFocusKey(other.key);
              }}
            >
              {t('cases.open.addOther')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.open.claimsLegend')}>
          <Stack gap="sm">
            {values.claims.map((claim, index) => (
              <ClaimFields
                key={claim.key}
                form={form}
                prefix={`claims.${index}`}
                number={index + 1}
                currency={currency}
                autoFocus={focusKey === claim.key}
                onRemove={values.claims.length > 1 ? () => form.removeListItem('claims', index) : undefined}
              />
            ))}
            {form.errors.claims ? (
              <Text c="red.8" size="sm" role="alert">
                {form.errors.claims}
              </Text>
            ) : null}
            <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={addClaim}>
              {t('cases.open.addClaim')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cases.open.assignmentLegend')}>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('cases.fields.team')}
                placeholder={t('cases.assign.noTeam')}
                clearable
                data={activeTeams.map((team) => ({ value: team.id, label: team.name }))}
                value={values.teamId}
                onChange={(teamId) => {
                  setTeamTouched(true);
                  form.setFieldValue('teamId', teamId);
                  form.setFieldValue('assigneeId', null);
                }}
                error={form.errors.teamId as string | undefined}
              />
              <Select
                label={t('cases.fields.assignee')}
                placeholder={values.teamId ? t('cases.assign.nobody') : t('cases.assign.pickTeamFirst')}
                clearable
                disabled={!values.teamId}
                data={members.map((member) => ({ value: member.id, label: member.name }))}
                {...form.getInputProps('assigneeId')}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {values.client?.defaultTeam && values.teamId === values.client.defaultTeam.id
                ? t('cases.open.defaultTeam', { team: values.client.defaultTeam.name })
                : t('cases.open.assignmentHint')}
            </Text>
          </Stack>
        </Fieldset>

        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {openCase.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={openCase.isPending}>
            {t('cases.open.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
