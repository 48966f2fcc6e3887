import { useEffect, useState } from 'react';
import { checkPortalLink, type PortalLinkCheck } from '@/lib/portal-api';

export type PortalLinkState = PortalLinkCheck | 'checking';

/** Checks a portal link once per token; without a token the link is simply not usable. */
export function usePortalLink(token: string | undefined): PortalLinkState {
  const [result, setResult] = useState<{ token: string; check: PortalLinkCheck } | null>(null);
  useEffect(() => {
    if (!token) return;
    let current = true;
    void checkPortalLink(token).then((check) => {
      if (current) setResult({ token, check });
    });
    return () => {
      current = false;
    };
  }, [token]);
  if (!token) return 'invalid';
  return result?.token === token ? result.check : 'checking';
}
