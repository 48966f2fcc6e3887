import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineLoader } from '@/components/inline-loader';
import { Page } from '@/components/page';

// GraphiQL brings Monaco (several MB); it is its own chunk, fetched only when an administrator opens the explorer.
const GraphqlExplorer = lazy(() => import('@/features/graphql-explorer/components/graphql-explorer'));

export function AdminGraphqlRoute() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('graphql.title')} description={t('graphql.description')}>
      <Suspense fallback={<InlineLoader />}>
        <GraphqlExplorer />
      </Suspense>
    </Page>
  );
}
