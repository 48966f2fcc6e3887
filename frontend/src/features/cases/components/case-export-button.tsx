import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CaseExportError } from '@/features/cases/api/case-export';
import { type CaseListParams, toCaseFilter, toCaseOrder } from '@/features/cases/components/case-list-params';
import { useExportCases } from '@/features/cases/hooks/use-export-cases';

/** Downloads the list as it is filtered and sorted now, as a CSV file laid out for the user's language. */
export function CaseExportButton({ params, disabled }: { params: CaseListParams; disabled: boolean }) {
  const { t, i18n } = useTranslation('staff');
  const exportCases = useExportCases();
  const start = () =>
    exportCases.mutate(
      { filter: toCaseFilter(params), order: toCaseOrder(params.sort), language: i18n.language },
      {
        onSuccess: (file) => notifications.show({ color: 'teal', message: t('cases.export.done', { file }) }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            message: t((error as CaseExportError).code === 'EXPORT_TOO_LARGE' ? 'cases.export.tooLarge' : 'cases.export.failed'),
          }),
      },
    );
  return (
    <Button variant="default" onClick={start} loading={exportCases.isPending} disabled={disabled}>
      {t('cases.export.button')}
    </Button>
  );
}
