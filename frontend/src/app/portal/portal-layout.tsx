import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PortalLanguageSelect } from '@/features/portal-link/components/portal-language-select';

export function PortalLayout() {
  const { t } = useTranslation('portal');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="portal-header">
        <span className="portal-brand">Vorda</span>
        <PortalLanguageSelect />
      </header>
      <main id="main" className="portal-main" tabIndex={-1}>
        <div className="portal-card">
          <Outlet />
        </div>
      </main>
      <footer className="portal-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
