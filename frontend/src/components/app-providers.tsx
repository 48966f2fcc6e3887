import { type MantineThemeOverride, MantineProvider, Notification, mergeThemeOverrides } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vordaTheme } from '@/components/mantine-theme';
import { subscribeToSession, getSessionState } from '@/lib/auth';
import { GraphQLRequestError } from '@/lib/graphql-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A signed-out request will not succeed on retry; other failures get one more try.
        retry: (failureCount, error) =>
          !(error instanceof GraphQLRequestError && error.kind === 'unauthenticated') && failureCount < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Mantine, notifications and react-query for the staff and field apps; cached data is dropped at sign-out. */
type AppProvidersProps = {
  children: ReactNode;
  queryClient?: QueryClient;
  /** 'test' turns off Mantine's transitions and portals so tests see dropdowns at once. */
  env?: 'default' | 'test';
  theme?: MantineThemeOverride;
};

/**
 * Every notification's close button gets a name in the current language, which Mantine does not give it
 * (axe: button-name); a notification may still pass its own.
 */
function withNamedNotificationCloseButtons(theme: MantineThemeOverride, closeLabel: string): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: { Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }) },
  });
}

export function AppProviders({ children, queryClient, env = 'default', theme = vordaTheme }: AppProvidersProps) {
  const { t } = useTranslation('common');
  const closeLabel = t('actions.close');
  const themed = useMemo(() => withNamedNotificationCloseButtons(theme, closeLabel), [theme, closeLabel]);
  const [client] = useState(() => queryClient ?? createQueryClient());
  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSessionState().status === 'signedOut') client.clear();
      }),
    [client],
  );
  return (
    <MantineProvider theme={themed} env={env}>
      <Notifications position="top-right" />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
