import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/graphql-types';
import { type AppLanguage, languageNames, supportedLanguages } from '@/lib/i18n';
import { generateTemporaryPassword, minimumPasswordLength } from '@/lib/passwords';
import { allRoles } from '@/features/users/components/roles';
import { UserClientsField } from '@/features/users/components/user-clients-field';
import { useTeamOptions } from '@/features/users/hooks/use-team-options';

export type UserFormValues = {
  name: string;
  email: string;
  phone: string;
  language: AppLanguage;
  roles: Role[];
  teams: string[];
  /** Client ids; saved only while the user has the CLIENT_USER role. */
  clients: string[];
  temporaryPassword: string;
};

/** The clients to link when the form is saved: none unless the user is a client user. */
export function clientsToLink(values: UserFormValues): string[] {
  return values.roles.includes('CLIENT_USER') ? values.clients : [];
}

/** Input field names (from the GraphQL input) → form fields, for mapping userErrors. */
export const userInputFields: Readonly<Record<string, keyof UserFormValues>> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  language: 'language',
  roles: 'roles',
  teamIds: 'teams',
  clientIds: 'clients',
  temporaryPassword: 'temporaryPassword',
};

export function validateUserForm(values: UserFormValues, t: (key: string, options?: Record<string, unknown>) => string, withPassword: boolean) {
  const errors: Partial<Record<keyof UserFormValues, string>> = {};
  if (values.name.trim() === '') errors.name = t('common:userErrors.REQUIRED');
  if (values.email.trim() === '') errors.email = t('common:userErrors.REQUIRED');
  else if (!/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) errors.email = t('common:userErrors.INVALID_FORMAT');
  if (values.roles.length === 0) errors.roles = t('common:userErrors.ROLE_REQUIRED');
  if (withPassword && values.temporaryPassword.length < minimumPasswordLength)
    errors.temporaryPassword = t('common:password.errors.tooShort', { min: minimumPasswordLength });
  return errors;
}

type UserFieldsProps = {
  form: UseFormReturnType<UserFormValues>;
  withPassword: boolean;
  /** The clients the user represents now (their names). */
  knownClients?: readonly { id: string; name: string }[];
};

export function UserFields({ form, withPassword, knownClients = [] }: UserFieldsProps) {
  const { t } = useTranslation('staff');
  const teams = useTeamOptions();
  const teamData = (teams.data ?? [])
    .filter((team) => team.active || form.getValues().teams.includes(team.id))
    .map((team) => ({ value: team.id, label: team.name }));
  return (
    <Stack>
      <TextInput label={t('users.fields.name')} required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('users.fields.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
      <TextInput label={t('users.fields.phone')} type="tel" autoComplete="off" description={t('users.fields.phoneHint')} {...form.getInputProps('phone')} />
      <Select
        label={t('users.fields.language')}
        data={supportedLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
        allowDeselect={false}
        {...form.getInputProps('language')}
      />
      <MultiSelect
        label={t('users.fields.roles')}
        required
        data={allRoles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
        {...form.getInputProps('roles')}
      />
      <MultiSelect
        label={t('users.fields.teams')}
        data={teamData}
        searchable
        nothingFoundMessage={t('users.fields.noTeams')}
        {...form.getInputProps('teams')}
      />
      {form.getValues().roles.includes('CLIENT_USER') ? (
        <UserClientsField
          known={knownClients}
          value={form.getValues().clients}
          onChange={(ids) => form.setFieldValue('clients', ids)}
          error={form.errors.clients}
        />
      ) : null}
      {withPassword ? (
        <div>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('users.fields.temporaryPassword')}
              required
              autoComplete="new-password"
              spellCheck={false}
              ff="monospace"
              description={t('users.fields.temporaryPasswordHint', { min: minimumPasswordLength })}
              {...form.getInputProps('temporaryPassword')}
            />
            <Button variant="light" onClick={() => form.setFieldValue('temporaryPassword', generateTemporaryPassword())}>
              {t('users.fields.generate')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('users.fields.temporaryPasswordShown')}
          </Text>
        </div>
      ) : null}
    </Stack>
  );
}
