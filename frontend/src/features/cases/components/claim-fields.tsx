import { Button, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClaimInput } from '@/lib/graphql-types';
import { toDecimal } from '@/features/cases/components/case-format';

/** A claim as typed; the names are the API's, so a userError's field path names the field. */
export type ClaimValues = {
  /** Keeps a row's identity when rows above it are removed. */
  key: string;
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  principalAmount: string;
  description: string;
  clientReference: string;
};

export const claimFieldNames = ['invoiceNumber', 'invoiceDate', 'dueDate', 'principalAmount', 'description', 'clientReference'] as const;

let nextClaimKey = 0;

export function emptyClaim(): ClaimValues {
  nextClaimKey += 1;
  return { key: `claim-${nextClaimKey}`, invoiceNumber: '', invoiceDate: '', dueDate: '', principalAmount: '', description: '', clientReference: '' };
}

/** The checks the server makes too, so most mistakes show before sending. */
export function validateClaim(claim: ClaimValues, prefix: string, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('common:userErrors.REQUIRED');
  if (claim.invoiceNumber.trim() === '') errors[`${prefix}.invoiceNumber`] = required;
  if (claim.invoiceDate === '') errors[`${prefix}.invoiceDate`] = required;
  if (claim.dueDate === '') errors[`${prefix}.dueDate`] = required;
  else if (claim.invoiceDate !== '' && claim.dueDate < claim.invoiceDate) errors[`${prefix}.dueDate`] = t('cases.claims.errors.dueBeforeInvoice');
  const amount = toDecimal(claim.principalAmount);
  if (claim.principalAmount.trim() === '') errors[`${prefix}.principalAmount`] = required;
  else if (amount === null) errors[`${prefix}.principalAmount`] = t('cases.claims.errors.amountFormat');
  else if (/^0+(\.0+)?$/.test(amount)) errors[`${prefix}.principalAmount`] = t('cases.claims.errors.notPositive');
  return errors;
}

/** Leaves empty optional text out (the server reads an absent field as "not given"). */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

export function toClaimInput(claim: ClaimValues): ClaimInput {
  return {
    invoiceNumber: claim.invoiceNumber.trim(),
    invoiceDate: claim.invoiceDate,
    dueDate: claim.dueDate,
    principalAmount: toDecimal(claim.principalAmount) ?? claim.principalAmount.trim(),
    ...optional('description', claim.description),
    ...optional('clientReference', claim.clientReference),
  };
}

type ClaimFieldsProps<V> = {
  form: UseFormReturnType<V>;
  /** Where the claim sits in the form's values, e.g. `claims.0` or `claim`. */
  prefix: string;
  /** The number shown to people (1-based), when the form has several claims. */
  number?: number;
  /** The client's currency, in which the amount is typed. */
  currency: string | null;
  onRemove?: () => void;
  autoFocus?: boolean;
};

/** One claim's fields: invoice number and dates, amount in the client's currency, description and client reference. */
export function ClaimFields<V>({ form, prefix, number, currency, onRemove, autoFocus }: ClaimFieldsProps<V>) {
  const { t } = useTranslation('staff');
  const legend = number === undefined ? t('cases.claims.claim') : t('cases.claims.numbered', { number });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('cases.claims.invoiceNumber')}
          required
          autoComplete="off"
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          {...form.getInputProps(`${prefix}.invoiceNumber`)}
        />
        <TextInput label={t('cases.claims.invoiceDate')} type="date" required {...form.getInputProps(`${prefix}.invoiceDate`)} />
        <TextInput label={t('cases.claims.dueDate')} type="date" required {...form.getInputProps(`${prefix}.dueDate`)} />
        <TextInput
          label={currency ? t('cases.claims.amountIn', { currency }) : t('cases.claims.amount')}
          description={t('cases.claims.amountHint')}
          required
          inputMode="decimal"
          autoComplete="off"
          {...form.getInputProps(`${prefix}.principalAmount`)}
        />
        <TextInput label={t('cases.claims.description')} autoComplete="off" {...form.getInputProps(`${prefix}.description`)} />
        <TextInput
          label={t('cases.claims.clientReference')}
          autoComplete="off"
          {...form.getInputProps(`${prefix}.clientReference`)}
        />
      </SimpleGrid>
      {onRemove ? (
        <Group justify="flex-end" mt="xs">
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
            {t('cases.claims.remove', { name: legend })}
          </Button>
        </Group>
      ) : null}
    </Fieldset>
  );
}
