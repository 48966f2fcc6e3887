import { Button, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import type { CaseDetailFieldsFragment } from '@/lib/graphql-types';
import { formatMoney } from '@/lib/money';
import { notify } from '@/features/cases/components/case-notify';
import { CaseModal, CaseSection, FormFooter, applyUserErrors } from '@/features/cases/components/case-section';
import { type ClaimValues, ClaimFields, claimFieldNames, emptyClaim, toClaimInput, validateClaim } from '@/features/cases/components/claim-fields';
import { useAddCaseClaim } from '@/features/cases/hooks/use-add-case-claim';

function AddClaimForm({ item, onDone }: { item: CaseDetailFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const addClaim = useAddCaseClaim();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<{ claim: ClaimValues }>({
    mode: 'controlled',
    initialValues: { claim: emptyClaim() },
    validate: (values) => validateClaim(values.claim, 'claim', t),
  });
  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    addClaim.mutate(
      { caseId: item.id, claim: toClaimInput(values.claim) },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, ['claim', ...claimFieldNames.map((name) => `claim.${name}`)], t));
            return;
          }
          notify(t('cases.claims.added', { invoice: values.claim.invoiceNumber.trim() }));
          onDone();
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ClaimFields form={form} prefix="claim" currency={item.client.currency} autoFocus />
        <FormFooter formErrors={formErrors} failed={addClaim.isError} busy={addClaim.isPending} submitLabel={t('cases.claims.add')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** What is owed: one row per claim and the principal total; more claims while the case is open. */
export function CaseClaimsSection({ item, canEdit }: { item: CaseDetailFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const [adding, setAdding] = useState(false);
  const canAdd = canEdit && item.status !== 'CLOSED';
  return (
    <CaseSection
      title={t('cases.claims.title')}
      id="case-claims"
      action={
        canAdd ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('cases.claims.add')}
          </Button>
        ) : null
      }
    >
      {item.claims.length === 0 ? (
        <Text c="dimmed">{t('cases.claims.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-labelledby="case-claims">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.claims.invoiceNumber')}</Table.Th>
                <Table.Th scope="col">{t('cases.claims.invoiceDate')}</Table.Th>
                <Table.Th scope="col">{t('cases.claims.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('cases.claims.description')}</Table.Th>
                <Table.Th scope="col">{t('cases.claims.clientReference')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('cases.claims.amount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.claims.map((claim) => (
                <Table.Tr key={claim.id}>
                  <Table.Th scope="row" fw={500}>
                    {claim.invoiceNumber}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(claim.invoiceDate, i18n.language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(claim.dueDate, i18n.language)}</Table.Td>
                  <Table.Td>{claim.description}</Table.Td>
                  <Table.Td>{claim.clientReference}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(claim.principal, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={5}>
                  {t('cases.claims.total')}
                </Table.Th>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 700 }}>{formatMoney(item.principalTotal, i18n.language)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      <CaseModal opened={adding} title={t('cases.claims.addTitle')} onClose={() => setAdding(false)}>
        <AddClaimForm item={item} onDone={() => setAdding(false)} />
      </CaseModal>
    </CaseSection>
  );
}
