import { Alert, Badge, Button, Group, Radio, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import type { DayCount, InterestPreviewBasisInput, StatutoryRate } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { mapUserErrors, translateFieldErrors } from '@/lib/user-errors';
import { commonCurrencies, dayCounts, formatPercent, statutoryRates, toDecimal } from '@/features/rates/components/rate-format';
import { useInterestPreview } from '@/features/rates/hooks/use-interest-preview';

type BasisKind = 'statutory' | 'annual' | 'monthly';
type Values = {
  principal: string;
  currency: string;
  firstInterestDate: string;
  lastInterestDate: string;
  basisKind: BasisKind;
  statutoryRate: StatutoryRate;
  pointsAbove: string;
  percent: string;
  dayCount: DayCount;
};

/** userError paths (after `input`) → form fields. */
const inputFields: Readonly<Record<string, string>> = {
  principal: 'principal',
  currency: 'currency',
  firstInterestDate: 'firstInterestDate',
  lastInterestDate: 'lastInterestDate',
  'basis.pointsAbove': 'pointsAbove',
  'basis.annualPercent': 'percent',
  'basis.monthlyPercent': 'percent',
  dayCount: 'dayCount',
};

function basisOf(values: Values): InterestPreviewBasisInput {
  if (values.basisKind === 'statutory') {
    const points = values.pointsAbove.trim() === '' ? null : toDecimal(values.pointsAbove, 4);
    return { statutoryRate: values.statutoryRate, ...(points ? { pointsAbove: points } : {}) };
  }
  const percent = toDecimal(values.percent, 4) ?? values.percent;
  return values.basisKind === 'annual' ? { annualPercent: percent } : { monthlyPercent: percent };
}

/**
 * A small interest calculator on the current rate tables: what the engine computes for a principal over a period,
 * line by line, with the rate and source of every line — to check a period just entered.
 */
export function InterestPreviewForm({ rate }: { rate: StatutoryRate }) {
  const { t, i18n } = useTranslation('staff');
  const preview = useInterestPreview();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      principal: '1000',
      currency: rate.startsWith('PL') ? 'PLN' : 'EUR',
      firstInterestDate: '',
      lastInterestDate: '',
      basisKind: 'statutory',
      statutoryRate: rate,
      pointsAbove: '',
      percent: '',
      dayCount: 'ACT_365F',
    },
    validate: {
      principal: (value) => (toDecimal(value, 2) === null ? t('rates.preview.amountInvalid') : null),
      firstInterestDate: (value) => (value === '' ? t('common:userErrors.REQUIRED') : null),
      lastInterestDate: (value) => (value === '' ? t('common:userErrors.REQUIRED') : null),
      pointsAbove: (value, values) =>
        values.basisKind === 'statutory' && value.trim() !== '' && toDecimal(value, 4) === null ? t('rates.periods.form.percentInvalid') : null,
      percent: (value, values) =>
        values.basisKind !== 'statutory' && toDecimal(value, 4) === null ? t('rates.periods.form.percentInvalid') : null,
    },
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    preview.mutate(
      {
        principal: toDecimal(values.principal, 2) ?? values.principal,
        currency: values.currency,
        firstInterestDate: values.firstInterestDate,
        lastInterestDate: values.lastInterestDate,
        basis: basisOf(values),
        dayCount: values.dayCount,
      },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            const mapped = mapUserErrors(payload.userErrors, inputFields);
            form.setErrors(translateFieldErrors(mapped, t));
            setFormErrors(mapped.form);
          }
        },
      },
    );
  });

  const result = preview.data?.interest ?? null;
  const money = (value: { amount: string; currency: string }) => formatMoney(value, i18n.language);

  return (
    <Stack>
      <form onSubmit={submit} noValidate aria-label={t('rates.preview.label')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('rates.preview.principal')} required inputMode="decimal" {...form.getInputProps('principal')} />
            <Select
              label={t('rates.preview.currency')}
              data={[...commonCurrencies]}
              allowDeselect={false}
              searchable
              {...form.getInputProps('currency')}
            />
            <TextInput label={t('rates.preview.firstInterestDate')} type="date" required {...form.getInputProps('firstInterestDate')} />
            <TextInput
              label={t('rates.preview.lastInterestDate')}
              description={t('rates.preview.lastInterestDateHint')}
              type="date"
              required
              {...form.getInputProps('lastInterestDate')}
            />
          </SimpleGrid>
          <Radio.Group label={t('rates.preview.basis')} {...form.getInputProps('basisKind')}>
            <Group mt="xs">
              <Radio value="statutory" label={t('rates.preview.basisKinds.statutory')} />
              <Radio value="annual" label={t('rates.preview.basisKinds.annual')} />
              <Radio value="monthly" label={t('rates.preview.basisKinds.monthly')} />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {form.values.basisKind === 'statutory' ? (
              <>
                <Select
                  label={t('rates.fields.table')}
                  data={statutoryRates.map((value) => ({ value, label: t(`rates.statutoryRates.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('statutoryRate')}
                />
                <TextInput
                  label={t('rates.preview.pointsAbove')}
                  description={t('rates.preview.pointsAboveHint')}
                  inputMode="decimal"
                  {...form.getInputProps('pointsAbove')}
                />
              </>
            ) : (
              <TextInput
                label={t(form.values.basisKind === 'annual' ? 'rates.preview.annualPercent' : 'rates.preview.monthlyPercent')}
                required
                inputMode="decimal"
                rightSection="%"
                {...form.getInputProps('percent')}
              />
            )}
            <Select
              label={t('rates.preview.dayCount')}
              data={dayCounts.map((value) => ({ value, label: t(`rates.dayCounts.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('dayCount')}
            />
          </SimpleGrid>
          {formErrors.map((key) => (
            <Alert key={key} color="red" role="alert">
              {t(key)}
            </Alert>
          ))}
          {preview.isError ? (
            <Alert color="red" role="alert">
              {t('common:status.loadFailed')}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={preview.isPending}>
              {t('rates.preview.calculate')}
            </Button>
          </Group>
        </Stack>
      </form>
      <div aria-live="polite">
        {result ? (
          <Stack gap="xs">
            <Group gap="xs">
              <Text fw={600}>{t('rates.preview.total', { total: money(result.total) })}</Text>
              {!result.isConfirmed ? (
                <Badge color="orange" variant="light">
                  {t('rates.status.unconfirmed')}
                </Badge>
              ) : null}
            </Group>
            {!result.isConfirmed ? <Text size="sm">{t('rates.preview.unconfirmedNote')}</Text> : null}
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing="xs">
                <Table.Caption>{t('rates.preview.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('rates.preview.columns.period')}</Table.Th>
                    <Table.Th scope="col">{t('rates.preview.columns.days')}</Table.Th>
                    <Table.Th scope="col">{t('rates.preview.columns.rate')}</Table.Th>
                    <Table.Th scope="col">{t('rates.preview.columns.base')}</Table.Th>
                    <Table.Th scope="col">{t('rates.preview.columns.interest')}</Table.Th>
                    <Table.Th scope="col">{t('rates.preview.columns.source')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.periods.map((line) => (
                    <Table.Tr key={line.firstDate}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t('rates.preview.range', {
                          from: formatDate(line.firstDate, i18n.language),
                          to: formatDate(line.lastDate, i18n.language),
                        })}
                      </Table.Td>
                      <Table.Td>{t('rates.preview.daysOf', { days: line.days, year: line.daysInYear })}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatPercent(line.annualRatePercent, i18n.language)}{' '}
                        {!line.isConfirmed ? (
                          <Badge color="orange" variant="light">
                            {t('rates.status.unconfirmed')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{money(line.base)}</Table.Td>
                      <Table.Td>
                        {money(line.interest)}
                        {line.capitalisedAfter.amount !== '0.00' && line.capitalisedAfter.amount !== '0' ? (
                          <Text size="xs" c="dimmed">
                            {t('rates.preview.capitalised', { amount: money(line.capitalisedAfter) })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{line.sources.join(' · ')}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ) : null}
      </div>
    </Stack>
  );
}
