import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { portalResources } from '@/app/portal/locales';
import { portalRoutes } from '@/app/portal/router';
import { initI18n } from '@/lib/i18n';
import { server } from '@/testing/msw-server';

async function renderPortal(path: string) {
  await initI18n(portalResources, 'en', 'portal');
  const router = createMemoryRouter(portalRoutes, { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

describe('the portal link page', () => {
  it('explains kindly that a link does not work, without technical codes', async () => {
    let asked: string | undefined;
    server.use(
      http.get('*/api/portal/v1/links/:token', ({ params }) => {
        asked = String(params.token);
        return HttpResponse.json(
          { type: 'https://vorda.dev/problems/portal-link-invalid', title: 'Not found', status: 404, code: 'PORTAL_LINK_INVALID' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    await renderPortal('/l/AAAAAAAAAAAAAAAAAAAAAAAA');

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not working' })).toBeInTheDocument();
    expect(asked).toBe('AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('main')).toHaveTextContent(/most recent letter, e-mail or text message/);
    expect(screen.getByRole('main')).toHaveTextContent(/phone or e-mail/);
    expect(document.body.textContent).not.toMatch(/PORTAL_LINK_INVALID|404/);
  });

  it('switches language and updates the lang attribute', async () => {
    server.use(http.get('*/api/portal/v1/links/:token', () => new HttpResponse(null, { status: 400 })));
    const user = userEvent.setup();
    await renderPortal('/l/bad');

    await screen.findByRole('heading', { level: 1, name: 'This link is not working' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dieser Link funktioniert nicht' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  });

  it('shows the same page for any other portal address', async () => {
    await renderPortal('/somewhere/else');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not working' })).toBeInTheDocument();
  });
});
