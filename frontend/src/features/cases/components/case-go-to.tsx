import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casePath } from '@/features/cases/components/case-format';
import { useFindCaseByReference } from '@/features/cases/hooks/use-find-case-by-reference';

/** Opens a case by the reference printed on letters, e.g. 2026-000123. */
export function CaseGoTo({ onFound }: { onFound: (path: string) => void }) {
  const { t } = useTranslation('staff');
  const find = useFindCaseByReference();
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState<string | null>(null);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wanted = reference.trim();
    setMissing(null);
    if (wanted === '') return;
    find.mutate(wanted, {
      onSuccess: (found) => {
        if (found) onFound(casePath(found.id));
        else setMissing(wanted);
      },
    });
  };

  return (
    <form role="search" aria-label={t('cases.goTo.label')} onSubmit={submit} noValidate>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('cases.goTo.reference')}
          description={t('cases.goTo.hint')}
          placeholder={t('cases.goTo.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={reference}
          onChange={(event) => {
            setReference(event.currentTarget.value);
            setMissing(null);
          }}
          style={{ flex: '0 1 20rem' }}
        />
        <Button type="submit" variant="default" loading={find.isPending}>
          {t('cases.goTo.submit')}
        </Button>
      </Group>
      {missing !== null ? (
        <Alert color="orange" role="alert" mt="xs">
          {t('cases.goTo.notFound', { reference: missing })}
        </Alert>
      ) : null}
      {find.isError ? (
        <Alert color="red" role="alert" mt="xs">
          {t('common:status.loadFailed')}
        </Alert>
      ) : null}
    </form>
  );
}
