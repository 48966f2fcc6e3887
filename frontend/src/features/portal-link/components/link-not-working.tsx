import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalLinkState } from '@/features/portal-link/hooks/use-portal-link';

type LinkNotWorkingProps = { state: Exclude<PortalLinkState, 'valid'> };

/**
 * What a debtor sees when a portal link cannot be used. It explains without blame and without technical codes,
 * and says how to go on: the newest letter's link, or the agency's phone or e-mail printed on the letter.
 */
export function LinkNotWorking({ state }: LinkNotWorkingProps) {
  const { t } = useTranslation('portal');
  const title = {
    checking: t('checking.title'),
    invalid: t('invalid.title'),
    tooManyAttempts: t('tooManyAttempts.title'),
    unavailable: t('unavailable.title'),
  }[state];
  useEffect(() => {
    document.title = `${title} · Vorda`;
  }, [title]);

  if (state === 'checking') {
    return (
      <div role="status" aria-live="polite">
        <h1>{title}</h1>
        <p className="lead">{t('checking.text')}</p>
      </div>
    );
  }

  const lead =
    state === 'tooManyAttempts' ? t('tooManyAttempts.text') : state === 'unavailable' ? t('unavailable.text') : t('invalid.lead');

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      <section aria-labelledby="what-to-do">
        <h2 id="what-to-do">{t('invalid.whatToDo')}</h2>
        <ul className="steps">
          <li>{t('invalid.useNewest')}</li>
          <li>{t('invalid.checkTyping')}</li>
          <li>{t('invalid.contactUs')}</li>
        </ul>
      </section>
      <p className="reassure">{t('invalid.reassure')}</p>
    </>
  );
}
