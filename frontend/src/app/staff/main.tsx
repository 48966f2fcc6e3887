import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/components/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { AppProviders } from '@/components/app-providers';
import { staffResources } from '@/app/staff/locales';
import { staffRoutes } from '@/app/staff/router';
import { browserLanguage, initI18n } from '@/lib/i18n';

const router = createBrowserRouter(staffRoutes);

void initI18n(staffResources, browserLanguage(), 'staff').then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
});
