import { useParams } from 'react-router';
import { LinkNotWorking } from '@/features/portal-link/components/link-not-working';
import { usePortalLink } from '@/features/portal-link/hooks/use-portal-link';

/**
 * `/portal/l/:token`. No portal links are issued yet, so the server answers every token with "not valid" and this
 * page shows how to go on. Case pages arrive with the portal release.
 */
export function PortalLinkRoute() {
  const { token } = useParams();
  const state = usePortalLink(token);
  return <LinkNotWorking state={state === 'valid' ? 'invalid' : state} />;
}

/** Any other portal address: the same kind explanation. */
export function PortalFallbackRoute() {
  return <LinkNotWorking state="invalid" />;
}
