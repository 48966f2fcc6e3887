import { Alert, Button, Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AllocationOrder,
  ClientFieldsFragment,
  CollectionAction,
  CollectionTermsInput,
  InterestBasis,
  Jurisdiction,
  TransactionType,
} from '@/lib/graphql-types';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { type ClientContact, ClientContactsField } from '@/features/clients/components/client-contacts-field';
import {
  allocationOrders,
  collectionActions,
  currenciesOf,
  defaultCurrencyOf,
  editableDecimal,
  interestBases,
  jurisdictions,
  toAmount,
  toPercent,
  transactionTypes,
} from '@/features/clients/components/client-format';
import { useClientTeamOptions } from '@/features/clients/hooks/use-client-team-options';
import { useCreateClient } from '@/features/clients/hooks/use-create-client';
import { useUpdateClient } from '@/features/clients/hooks/use-update-client';

type FeeRow = { key: string; action: CollectionAction | null; amount: string };

export type ClientFormValues = {
  jurisdiction: Jurisdiction;
  currency: string;
  terms: {
    interestBasis: InterestBasis;
    contractualAnnualRatePercent: string;
    transactionType: TransactionType;
    penaltyClausePercent: string;
    penaltyClauseMinimumAmount: string;
    adminCosts: FeeRow[];
    allocationOrder: AllocationOrder;
    commissionPercent: string;
    creditorCannotDeductVat: boolean;
  };
  remittanceIban: string;
  defaultTeamId: string | null;
  contacts: ClientContact[];
};

/** userError paths (after `input`) → form fields; the names follow the input, so most map to themselves. */
const inputFields: Readonly<Record<string, string>> = {
  jurisdiction: 'jurisdiction',
  currency: 'currency',
  'terms.interestBasis': 'terms.interestBasis',
  'terms.transactionType': 'terms.transactionType',
  'terms.contractualAnnualRatePercent': 'terms.contractualAnnualRatePercent',
  'terms.penaltyClausePercent': 'terms.penaltyClausePercent',
  'terms.penaltyClauseMinimumAmount': 'terms.penaltyClauseMinimumAmount',
  'terms.adminCosts': 'terms.adminCosts',
  'terms.allocationOrder': 'terms.allocationOrder',
  'terms.commissionPercent': 'terms.commissionPercent',
  'terms.creditorCannotDeductVat': 'terms.creditorCannotDeductVat',
  remittanceIban: 'remittanceIban',
  defaultTeamId: 'defaultTeamId',
  contactIds: 'contacts',
};

let nextFeeKey = 0;
function feeRow(action: CollectionAction | null = null, amount = ''): FeeRow {
  nextFeeKey += 1;
  return { key: `fee-${nextFeeKey}`, action, amount };
}

function initialValues(client: ClientFieldsFragment | null): ClientFormValues {
  if (!client) {
    return {
      jurisdiction: 'NL',
      currency: 'EUR',
      terms: {
        interestBasis: 'STATUTORY',
        contractualAnnualRatePercent: '',
        transactionType: 'COMMERCIAL',
        penaltyClausePercent: '',
        penaltyClauseMinimumAmount: '',
        adminCosts: [],
        allocationOrder: 'JURISDICTION_DEFAULT',
        commissionPercent: '',
        creditorCannotDeductVat: false,
      },
      remittanceIban: '',
      defaultTeamId: null,
      contacts: [],
    };
  }
  const { terms } = client;
  return {
    jurisdiction: client.jurisdiction,
    currency: client.currency,
    terms: {
      interestBasis: terms.interestBasis,
      contractualAnnualRatePercent: editableDecimal(terms.contractualAnnualRatePercent),
      transactionType: terms.transactionType,
      penaltyClausePercent: editableDecimal(terms.penaltyClausePercent),
      penaltyClauseMinimumAmount: terms.penaltyClauseMinimum?.amount ?? '',
      adminCosts: terms.adminCosts.map((cost) => feeRow(cost.action, cost.amount.amount)),
      allocationOrder: terms.allocationOrder,
      commissionPercent: editableDecimal(terms.commissionPercent),
      creditorCannotDeductVat: terms.creditorCannotDeductVat,
    },
    remittanceIban: client.remittanceIban ?? '',
    defaultTeamId: client.defaultTeam?.id ?? null,
    contacts: client.contacts.map((contact) => ({ id: contact.id, displayName: contact.displayName })),
  };
}

/** The terms as the API wants them: rates and amounts as decimal strings, empty optional ones left out. */
export function toTermsInput(terms: ClientFormValues['terms']): CollectionTermsInput {
  const percent = (text: string) => toPercent(text) ?? text.trim();
  return {
    interestBasis: terms.interestBasis,
    transactionType: terms.transactionType,
    ...(terms.interestBasis === 'CONTRACTUAL' ? { contractualAnnualRatePercent: percent(terms.contractualAnnualRatePercent) } : {}),
    ...(terms.penaltyClausePercent.trim() ? { penaltyClausePercent: percent(terms.penaltyClausePercent) } : {}),
    ...(terms.penaltyClauseMinimumAmount.trim()
      ? { penaltyClauseMinimumAmount: toAmount(terms.penaltyClauseMinimumAmount) ?? terms.penaltyClauseMinimumAmount.trim() }
      : {}),
    adminCosts: terms.adminCosts
      .filter((row) => row.action !== null)
      .map((row) => ({ action: row.action as CollectionAction, amount: toAmount(row.amount) ?? row.amount.trim() })),
    allocationOrder: terms.allocationOrder,
    ...(terms.commissionPercent.trim() ? { commissionPercent: percent(terms.commissionPercent) } : {}),
    creditorCannotDeductVat: terms.creditorCannotDeductVat,
  };
}

function validate(values: ClientFormValues, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('common:userErrors.REQUIRED');
  const percentError = t('clients.errors.percent');
  const amountError = t('clients.errors.amount');
  const { terms } = values;
  if (terms.interestBasis === 'CONTRACTUAL') {
    if (terms.contractualAnnualRatePercent.trim() === '') errors['terms.contractualAnnualRatePercent'] = required;
    else if (toPercent(terms.contractualAnnualRatePercent) === null) errors['terms.contractualAnnualRatePercent'] = percentError;
  }
  for (const field of ['penaltyClausePercent', 'commissionPercent'] as const) {
    if (terms[field].trim() !== '' && toPercent(terms[field]) === null) errors[`terms.${field}`] = percentError;
  }
  if (terms.penaltyClauseMinimumAmount.trim() !== '') {
    if (toAmount(terms.penaltyClauseMinimumAmount) === null) errors['terms.penaltyClauseMinimumAmount'] = amountError;
    else if (terms.penaltyClausePercent.trim() === '') errors['terms.penaltyClausePercent'] = t('clients.errors.minimumNeedsPercent');
  }
  terms.adminCosts.forEach((row, index) => {
    if (row.action === null) errors[`terms.adminCosts.${index}.action`] = required;
    if (row.amount.trim() === '') errors[`terms.adminCosts.${index}.amount`] = required;
    else if (toAmount(row.amount) === null) errors[`terms.adminCosts.${index}.amount`] = amountError;
  });
  return errors;
}

type ClientTermsFormProps = {
  /** The party that becomes (or is) the client. */
  partyId: string;
  partyName: string;
  /** The profile to change; null makes the party a client. */
  client: ClientFieldsFragment | null;
  onDone: () => void;
};

/** Makes a party a client, or changes a client's currency, terms, remittance account, default team and contacts. */
export function ClientTermsForm({ partyId, partyName, client, onDone }: ClientTermsFormProps) {
  const { t } = useTranslation('staff');
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();
  const teams = useClientTeamOptions();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues: initialValues(client),
    validate: (values) => validate(values, t),
  });
  const values = form.getValues();
  const { terms } = values;
  const currencies = currenciesOf[values.jurisdiction];
  const busy = createClient.isPending || updateClient.isPending;
  const failed = createClient.isError || updateClient.isError;
  const teamOptions = (teams.data ?? []).filter((team) => team.active || team.id === values.defaultTeamId);

  /** After a refusal the first field in error gets the focus, so keyboard and screen-reader users land on it. */
  const focusFirstError = (element: EventTarget | null | undefined) => {
    if (element instanceof HTMLElement) requestAnimationFrame(() => element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const handle = (element: EventTarget | null | undefined) => (payload: { client: { name: string } | null; userErrors: readonly { code: string; field?: readonly string[] | null }[] }) => {
    if (payload.client && payload.userErrors.length === 0) {
      notifications.show({
        color: 'teal',
        message: client ? t('clients.edit.done', { name: payload.client.name }) : t('clients.create.done', { name: payload.client.name }),
      });
      onDone();
      return;
    }
    const mapped = mapUserErrors(payload.userErrors, inputFields);
    form.setErrors(translateFieldErrors(mapped, t));
    setFormErrors(mapped.form);
    if (Object.keys(mapped.fields).length > 0) focusFirstError(element);
  };

  const submit = form.onSubmit(
    (submitted, event) => {
      const element = event?.currentTarget;
      setFormErrors([]);
      const common = {
        currency: submitted.currency,
        terms: toTermsInput(submitted.terms),
        contactIds: submitted.contacts.map((contact) => contact.id),
      };
      if (client) {
        updateClient.mutate(
          {
            clientId: client.id,
            ...common,
            // An empty string removes the remittance account.
            remittanceIban: submitted.remittanceIban.trim(),
            // null removes the default team
            defaultTeamId: submitted.defaultTeamId,
          },
          { onSuccess: handle(element) },
        );
      } else {
        createClient.mutate(
          {
            partyId,
            jurisdiction: submitted.jurisdiction,
            ...common,
            ...(submitted.remittanceIban.trim() ? { remittanceIban: submitted.remittanceIban.trim() } : {}),
            ...(submitted.defaultTeamId ? { defaultTeamId: submitted.defaultTeamId } : {}),
          },
          { onSuccess: handle(element) },
        );
      }
    },
    (_errors, _values, event) => focusFirstError(event?.currentTarget),
  );

  const chosenActions = new Set(terms.adminCosts.map((row) => row.action));
  const feesError = form.errors['terms.adminCosts'];

  return (
    <form onSubmit={submit} noValidate aria-label={client ? t('clients.edit.title', { name: partyName }) : t('clients.create.title', { name: partyName })}>
      <Stack gap="md">
        <Fieldset legend={t('clients.form.lawLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('clients.fields.jurisdiction')}
              description={client ? t('clients.form.jurisdictionFixed') : t('clients.form.jurisdictionHint')}
              allowDeselect={false}
              disabled={client !== null}
              data-autofocus
              data={jurisdictions.map((jurisdiction) => ({ value: jurisdiction, label: t(`clients.jurisdictions.${jurisdiction}`) }))}
              value={values.jurisdiction}
              onChange={(value) => {
                const jurisdiction = (value ?? 'NL') as Jurisdiction;
                form.setFieldValue('jurisdiction', jurisdiction);
                form.setFieldValue('currency', defaultCurrencyOf(jurisdiction));
              }}
              error={form.errors.jurisdiction}
            />
            <Select
              label={t('clients.fields.currency')}
              description={currencies.length > 1 ? t('clients.form.currencyChoice') : t('clients.form.currencyFixed')}
              allowDeselect={false}
              disabled={currencies.length < 2}
              data={[...currencies]}
              {...form.getInputProps('currency')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('clients.form.interestLegend')}>
          <Stack gap="sm">
            <Radio.Group label={t('clients.form.interestBasis')} {...form.getInputProps('terms.interestBasis')}>
              <Group mt="xs">
                {interestBases.map((basis) => (
                  <Radio key={basis} value={basis} label={t(`clients.interestBases.${basis}`)} />
                ))}
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {terms.interestBasis === 'CONTRACTUAL' ? (
                <TextInput
                  label={t('clients.fields.contractualRate')}
                  description={t('clients.form.percentHint')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  rightSection="%"
                  {...form.getInputProps('terms.contractualAnnualRatePercent')}
                />
              ) : null}
              <Select
                label={t('clients.fields.transactionType')}
                description={t('clients.form.transactionTypeHint')}
                allowDeselect={false}
                data={transactionTypes.map((type) => ({ value: type, label: t(`clients.transactionTypes.${type}`) }))}
                {...form.getInputProps('terms.transactionType')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('clients.form.penaltyLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('clients.fields.penaltyPercent')}
              description={t('clients.form.penaltyHint')}
              inputMode="decimal"
              autoComplete="off"
              rightSection="%"
              {...form.getInputProps('terms.penaltyClausePercent')}
            />
            <TextInput
              label={t('clients.fields.penaltyMinimumIn', { currency: values.currency })}
              description={t('clients.form.minimumHint')}
              inputMode="decimal"
              autoComplete="off"
              {...form.getInputProps('terms.penaltyClauseMinimumAmount')}
            />
          </SimpleGrid>
          {form.values.jurisdiction === 'NL' || terms.creditorCannotDeductVat ? (
            <Checkbox
              mt="sm"
              label={t('clients.fields.creditorCannotDeductVat')}
              description={t('clients.form.vatHint')}
              {...form.getInputProps('terms.creditorCannotDeductVat', { type: 'checkbox' })}
            />
          ) : null}
        </Fieldset>

        <Fieldset legend={t('clients.form.feesLegend')}>
          <Stack gap="xs">
            {terms.adminCosts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('clients.fees.none')}
              </Text>
            ) : (
              <Table withRowBorders={false} aria-label={t('clients.form.feesLegend')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('clients.fees.action')}</Table.Th>
                    <Table.Th scope="col">{t('clients.fees.amountIn', { currency: values.currency })}</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('clients.fees.remove')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {terms.adminCosts.map((row, index) => (
                    <Table.Tr key={row.key}>
                      <Table.Td>
                        <Select
                          aria-label={t('clients.fees.actionOf', { number: index + 1 })}
                          placeholder={t('clients.fees.pickAction')}
                          allowDeselect={false}
                          data={collectionActions
                            .filter((action) => action === row.action || !chosenActions.has(action))
                            .map((action) => ({ value: action, label: t(`clients.actions.${action}`) }))}
                          {...form.getInputProps(`terms.adminCosts.${index}.action`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('clients.fees.amountOf', { number: index + 1 })}
                          inputMode="decimal"
                          autoComplete="off"
                          {...form.getInputProps(`terms.adminCosts.${index}.amount`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('terms.adminCosts', index)}>
                          {t('clients.fees.removeOf', { number: index + 1 })}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {feesError ? (
              <Text c="red.8" size="sm" role="alert">
                {feesError}
              </Text>
            ) : null}
            {terms.adminCosts.length < collectionActions.length ? (
              <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('terms.adminCosts', feeRow())}>
                {t('clients.fees.add')}
              </Button>
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('clients.form.paymentsLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('clients.fields.allocationOrder')}
              allowDeselect={false}
              data={allocationOrders.map((order) => ({ value: order, label: t(`clients.allocationOrders.${order}`) }))}
              {...form.getInputProps('terms.allocationOrder')}
            />
            <TextInput
              label={t('clients.fields.commission')}
              description={t('clients.form.percentHint')}
              inputMode="decimal"
              autoComplete="off"
              rightSection="%"
              {...form.getInputProps('terms.commissionPercent')}
            />
            <TextInput
              label={t('clients.fields.remittanceIban')}
              description={t('clients.form.ibanHint')}
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps('remittanceIban')}
            />
            <Select
              label={t('clients.fields.defaultTeam')}
              description={t('clients.form.teamHint')}
              placeholder={t('clients.form.noTeam')}
              clearable
              clearButtonProps={{ 'aria-label': t('clients.form.removeTeam'), 'aria-hidden': false, tabIndex: 0 }}
              data={teamOptions.map((team) => ({ value: team.id, label: team.name }))}
              {...form.getInputProps('defaultTeamId')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('clients.fields.contacts')}>
          <ClientContactsField
            value={values.contacts}
            clientPartyId={partyId}
            onChange={(contacts) => form.setFieldValue('contacts', contacts)}
            error={form.errors.contacts as string | undefined}
          />
        </Fieldset>

        {formErrors.map((key) => (
          <Alert key={key} color="red" role="alert">
            {t(key)}
          </Alert>
        ))}
        {failed ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {client ? t('common:actions.save') : t('clients.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
