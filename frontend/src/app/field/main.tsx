import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/components/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { AppProviders } from '@/components/app-providers';
import { vordaFieldTheme } from '@/components/mantine-theme';
import { fieldResources } from '@/app/field/locales';
import { fieldBasename, fieldRoutes } from '@/app/field/router';
import { browserLanguage, initI18n } from '@/lib/i18n';

const router = createBrowserRouter(fieldRoutes, { basename: fieldBasename });

void initI18n(fieldResources, browserLanguage(), 'field').then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <AppProviders theme={vordaFieldTheme}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
});
