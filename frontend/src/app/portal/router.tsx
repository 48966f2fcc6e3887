import type { RouteObject } from 'react-router';
import { PortalLayout } from '@/app/portal/portal-layout';
import { PortalFallbackRoute, PortalLinkRoute } from '@/app/portal/routes/link';

export const portalBasename = '/portal';

export const portalRoutes: RouteObject[] = [
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <PortalFallbackRoute /> },
      { path: 'l/:token', element: <PortalLinkRoute /> },
      { path: '*', element: <PortalFallbackRoute /> },
    ],
  },
];
