import '@/app/portal/portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { portalResources } from '@/app/portal/locales';
import { portalBasename, portalRoutes } from '@/app/portal/router';
import { browserLanguage, initI18n } from '@/lib/i18n';

const router = createBrowserRouter(portalRoutes, { basename: portalBasename });

void initI18n(portalResources, browserLanguage(), 'portal').then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
});
