import { useEffect } from 'react';

/** Sets the browser tab title, so screen-reader users and tab lists know which page this is (WCAG 2.4.2). */
export function usePageTitle(title: string, appName = 'Vorda'): void {
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
