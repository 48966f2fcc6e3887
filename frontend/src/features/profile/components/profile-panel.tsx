import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { InlineLoader } from '@/components/inline-loader';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/language-switcher';
import { QueryError } from '@/components/query-error';
import type { ResultOf } from '@/lib/graphql-client';
import { type AppLanguage, fromApiLanguage, toApiLanguage } from '@/lib/i18n';
import { mapUserErrors } from '@/lib/user-errors';
import type { meQuery } from '@/features/profile/api/profile';
import { PasswordChangeForm } from '@/features/profile/components/password-change-form';
import { useMe } from '@/features/profile/hooks/use-me';
import { useUpdateProfile } from '@/features/profile/hooks/use-update-profile';

type Me = ResultOf<typeof meQuery>['me'];

function DetailsCard({ me }: { me: Me }) {
  const { t } = useTranslation('staff');
  const update = useUpdateProfile();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: me.name },
    validate: { name: (value) => (value.trim() === '' ? t('common:userErrors.REQUIRED') : null) },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { name: values.name.trim() },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length) {
            const mapped = mapUserErrors(payload.userErrors, ['name']);
            form.setErrors(Object.fromEntries(Object.entries(mapped.fields).map(([f, k]) => [f, t(k)])));
          } else notifications.show({ color: 'teal', message: t('profile.saved') });
        },
      },
    ),
  );
  return (
    <Card withBorder component="section" aria-labelledby="profile-details-title">
      <Title order={2} size="h4" id="profile-details-title" mb="sm">
        {t('profile.details.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('profile.details.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <div>
            <Text size="sm" fw={500}>
              {t('profile.details.roles')}
            </Text>
            <Group gap="xs" mt={4}>
              {me.roles.map((role) => (
                <Badge key={role} variant="light">
                  {t(`common:roles.${role}`)}
                </Badge>
              ))}
            </Group>
          </div>
          <div>
            <Text size="sm" fw={500}>
              {t('profile.details.teams')}
            </Text>
            <Text size="sm">{me.teams.length ? me.teams.map((team) => team.name).join(', ') : t('profile.details.noTeams')}</Text>
          </div>
          <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common:actions.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function ContactCard({ me }: { me: Me }) {
  const { t } = useTranslation('staff');
  const update = useUpdateProfile();
  const form = useForm({ mode: 'controlled', initialValues: { phone: me.phone ?? '' } });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { phone: values.phone.trim() },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length) {
            const mapped = mapUserErrors(payload.userErrors, ['phone']);
            form.setErrors(Object.fromEntries(Object.entries(mapped.fields).map(([f, k]) => [f, t(k)])));
          } else notifications.show({ color: 'teal', message: t('profile.saved') });
        },
      },
    ),
  );
  return (
    <Card withBorder component="section" aria-labelledby="profile-contact-title">
      <Title order={2} size="h4" id="profile-contact-title" mb="sm">
        {t('profile.contact.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('profile.contact.email')}
            value={me.email}
            readOnly
            variant="filled"
            description={t('profile.contact.emailHint')}
          />
          <TextInput
            label={t('profile.contact.phone')}
            type="tel"
            autoComplete="tel"
            description={t('profile.contact.phoneHint')}
            {...form.getInputProps('phone')}
          />
          <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common:actions.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function LanguageCard({ me }: { me: Me }) {
  const { t } = useTranslation('staff');
  const update = useUpdateProfile();
  const save = (language: AppLanguage) =>
    update.mutate(
      { language: toApiLanguage(language) },
      {
        onSuccess: (payload) => {
          if (payload.userErrors.length === 0) notifications.show({ color: 'teal', message: t('profile.language.saved') });
        },
      },
    );
  return (
    <Card withBorder component="section" aria-labelledby="profile-language-title">
      <Title order={2} size="h4" id="profile-language-title" mb="sm">
        {t('profile.language.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('profile.language.hint')}
        </Text>
        <LanguageSwitcher value={fromApiLanguage(me.language)} onChange={save} />
        {update.isError ? (
          <Alert color="red" role="alert">
            {t('common:status.saveFailed')}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

function PasswordCard({ me }: { me: Me }) {
  const { t } = useTranslation('staff');
  return (
    <Card withBorder component="section" aria-labelledby="profile-password-title">
      <Title order={2} size="h4" id="profile-password-title" mb="sm">
        {t('profile.password.title')}
      </Title>
      <PasswordChangeForm
        email={me.email}
        onChanged={() => notifications.show({ color: 'teal', message: t('profile.password.changed') })}
      />
    </Card>
  );
}

/** The user panel: one's own details, contact details, language and password. */
export function ProfilePanel() {
  const me = useMe();
  if (me.isPending) return <InlineLoader />;
  if (me.isError) return <QueryError onRetry={() => void me.refetch()} />;
  const user = me.data.me;
  return (
    <Stack maw={640}>
      <DetailsCard key={`details-${user.name}`} me={user} />
      <ContactCard key={`contact-${user.phone ?? ''}`} me={user} />
      <LanguageCard me={user} />
      <PasswordCard me={user} />
    </Stack>
  );
}
