import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { staffResources } from '@/app/staff/locales';
import { staffRoutes } from '@/app/staff/router';
import { AppProviders } from '@/components/app-providers';
import { resetSessionForTests } from '@/lib/auth';
import { type AppLanguage, initI18n } from '@/lib/i18n';

/** Renders the staff app at a path, as after a fresh page load (the session is restored through MSW). */
export async function renderStaffApp(path: string, language: AppLanguage = 'en') {
  await initI18n(staffResources, language, 'staff');
  resetSessionForTests();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(staffRoutes, { initialEntries: [path] });
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router };
}
