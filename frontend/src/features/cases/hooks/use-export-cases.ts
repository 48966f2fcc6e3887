import { useMutation } from '@tanstack/react-query';
import type { CaseFilter, CaseOrder } from '@/lib/graphql-types';
import { caseExportQuery, downloadCaseExport } from '@/features/cases/api/case-export';

/** Downloads the case list as it is filtered and sorted, as a CSV file for the user's language. */
export function useExportCases() {
  return useMutation({
    mutationFn: ({ filter, order, language }: { filter: CaseFilter; order: CaseOrder; language: string }) =>
      downloadCaseExport(caseExportQuery(filter, order, language)),
  });
}
