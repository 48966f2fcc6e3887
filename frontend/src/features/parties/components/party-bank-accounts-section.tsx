import { Button, Group, List, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyDetailFieldsFragment } from '@/lib/graphql-types';
import { formatIban } from '@/features/parties/components/party-format';
import { FormFooter, PartyModal, PartySection, applyUserErrors } from '@/features/parties/components/party-section';
import { notify } from '@/features/parties/components/party-notify';
import { PartyRemoveDialog } from '@/features/parties/components/party-remove-dialog';
import { useAddPartyBankAccount } from '@/features/parties/hooks/use-add-party-bank-account';
import { useRemovePartyBankAccount } from '@/features/parties/hooks/use-remove-party-bank-account';

type Values = { iban: string; bic: string; holderName: string };
type Account = PartyDetailFieldsFragment['bankAccounts'][number];

function AddBankAccountForm({ partyId, onDone }: { partyId: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const addAccount = useAddPartyBankAccount();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { iban: '', bic: '', holderName: '' },
    validate: { iban: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });

  const submit = form.onSubmit((values) => {
    setFormErrors([]);
    const bic = values.bic.trim();
    const holderName = values.holderName.trim();
    addAccount.mutate(
      { partyId, iban: values.iban.trim(), ...(bic ? { bic } : {}), ...(holderName ? { holderName } : {}) },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length > 0) {
            setFormErrors(applyUserErrors(form, payload.userErrors, ['iban', 'bic', 'holderName'], t));
            return;
          }
          notify(t('parties.bankAccounts.added'));
          onDone();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('parties.fields.iban')} required autoComplete="off" spellCheck={false} data-autofocus {...form.getInputProps('iban')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('parties.bankAccounts.bic')} autoComplete="off" spellCheck={false} {...form.getInputProps('bic')} />
          <TextInput label={t('parties.bankAccounts.holderName')} description={t('parties.bankAccounts.holderNameHint')} autoComplete="off" {...form.getInputProps('holderName')} />
        </SimpleGrid>
        <FormFooter formErrors={formErrors} failed={addAccount.isError} busy={addAccount.isPending} submitLabel={t('parties.bankAccounts.add')} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function PartyBankAccountsSection({ party, canEdit }: { party: PartyDetailFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation('staff');
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Account | null>(null);
  const removeAccount = useRemovePartyBankAccount();
  return (
    <PartySection
      title={t('parties.bankAccounts.title')}
      id="party-bank-accounts"
      action={
        canEdit ? (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('parties.bankAccounts.add')}
          </Button>
        ) : null
      }
    >
      {party.bankAccounts.length === 0 ? <Text c="dimmed">{t('parties.bankAccounts.empty')}</Text> : null}
      <List listStyleType="none" spacing="sm">
        {party.bankAccounts.map((account) => (
          <List.Item key={account.id}>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div>
                <Text ff="monospace">{formatIban(account.iban)}</Text>
                {account.bic || account.holderName ? (
                  <Text size="sm" c="dimmed">
                    {[account.bic ? t('parties.bankAccounts.bicValue', { bic: account.bic }) : null, account.holderName ? t('parties.bankAccounts.holderValue', { name: account.holderName }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                ) : null}
              </div>
              {canEdit ? (
                <Button size="xs" variant="subtle" color="red" aria-label={t('parties.bankAccounts.removeFor', { iban: formatIban(account.iban) })} onClick={() => setRemoving(account)}>
                  {t('parties.remove.action')}
                </Button>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
      <PartyModal opened={adding} title={t('parties.bankAccounts.addTitle')} onClose={() => setAdding(false)}>
        <AddBankAccountForm partyId={party.id} onDone={() => setAdding(false)} />
      </PartyModal>
      {removing ? (
        <PartyRemoveDialog
          title={t('parties.bankAccounts.removeTitle')}
          text={t('parties.bankAccounts.removeText', { iban: formatIban(removing.iban) })}
          doneMessage={t('parties.bankAccounts.removed', { iban: formatIban(removing.iban) })}
          busy={removeAccount.isPending}
          remove={() => removeAccount.mutateAsync({ partyId: party.id, bankAccountId: removing.id })}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </PartySection>
  );
}
