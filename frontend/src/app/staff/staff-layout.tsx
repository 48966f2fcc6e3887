import { AppShell, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/language-switcher';
import { signOut, useSession } from '@/lib/auth';
import { type AppLanguage, changeLanguage, currentLanguage, toApiLanguage } from '@/lib/i18n';
import { useCaseAccess } from '@/features/cases/hooks/use-case-access';
import { useHandoverAccess } from '@/features/cases/hooks/use-handover-access';
import { useDailyRunAccess } from '@/features/daily-runs/hooks/use-daily-runs';
import { useClientAccess } from '@/features/clients/hooks/use-client-access';
import { usePartyAccess } from '@/features/parties/hooks/use-party-access';
import { QuickSearch } from '@/features/quick-search/components/quick-search';
import { useUpdateProfile } from '@/features/profile/hooks/use-update-profile';

type NavItem = { to: string; label: string; external?: boolean };

export function StaffLayout() {
  const { t } = useTranslation('staff');
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const updateProfile = useUpdateProfile();
  const user = session.status === 'signedIn' ? session.user : null;
  const isAdmin = user?.roles.includes('ADMIN') ?? false;
  const partyAccess = usePartyAccess();
  const caseAccess = useCaseAccess();
  const clientAccess = useClientAccess();
  const mayHandOver = useHandoverAccess();
  const dailyRuns = useDailyRunAccess();

  const adminItems: NavItem[] = [
    { to: '/admin/users', label: t('nav.users') },
    { to: '/admin/teams', label: t('nav.teams') },
    { to: '/admin/api-clients', label: t('nav.apiClients') },
    { to: '/admin/interest-rates', label: t('nav.interestRates') },
    { to: '/admin/exchange-rates', label: t('nav.exchangeRates') },
    { to: '/admin/audit', label: t('nav.audit') },
    { to: '/admin/graphql', label: t('nav.graphql') },
    { to: '/api-docs/', label: t('nav.apiDocs'), external: true },
  ];

  const switchLanguage = (language: AppLanguage) => {
    void changeLanguage(language);
    updateProfile.mutate(
      { language: toApiLanguage(language) },
      { onError: () => notifications.show({ color: 'red', message: t('common:status.saveFailed') }) },
    );
  };

  const doSignOut = async () => {
    await signOut();
    void navigate('/login', { replace: true });
  };

  const isActive = (to: string) => location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('common:skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={700} size="lg" c="vorda.9">
              Vorda
            </Text>
          </Group>
          {caseAccess.canView || partyAccess.canView ? (
            <Group flex={1} justify="center" miw={0}>
              <QuickSearch withCases={caseAccess.canView} withParties={partyAccess.canView} />
            </Group>
          ) : null}
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher compact value={currentLanguage()} onChange={switchLanguage} />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.userMenu', { name: user?.name ?? '' })} px="xs" py={6}>
                  <Text fw={500} size="sm">
                    {user?.name}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{user?.email}</Menu.Label>
                <Menu.Item onClick={() => void navigate('/profile')}>{t('nav.profile')}</Menu.Item>
                <Menu.Item color="red" onClick={() => void doSignOut()}>
                  {t('common:signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} component="nav">
        <ScrollArea>
          {caseAccess.canView ? (
            <NavLink component={RouterNavLink} to="/cases" label={t('nav.cases')} active={isActive('/cases')} onClick={close} />
          ) : null}
          {mayHandOver ? (
            <NavLink component={RouterNavLink} to="/handover" label={t('nav.handover')} active={isActive('/handover')} onClick={close} />
          ) : null}
          {dailyRuns.canView ? (
            <NavLink component={RouterNavLink} to="/daily-runs" label={t('nav.dailyRuns')} active={isActive('/daily-runs')} onClick={close} />
          ) : null}
          {clientAccess.canView ? (
            <NavLink component={RouterNavLink} to="/clients" label={t('nav.clients')} active={isActive('/clients')} onClick={close} />
          ) : null}
          {partyAccess.canView ? (
            <NavLink component={RouterNavLink} to="/parties" label={t('nav.parties')} active={isActive('/parties')} onClick={close} />
          ) : null}
          <NavLink component={RouterNavLink} to="/profile" label={t('nav.profile')} active={isActive('/profile')} onClick={close} />
          {isAdmin ? (
            <>
              <Text size="xs" fw={700} tt="uppercase" c="dark.4" px="sm" pt="md" pb={4} id="nav-admin-heading">
                {t('nav.administration')}
              </Text>
              <div role="group" aria-labelledby="nav-admin-heading">
                {adminItems.map((item) =>
                  item.external ? (
                    <NavLink
                      key={item.to}
                      href={item.to}
                      component="a"
                      target="_blank"
                      rel="noopener"
                      label={
                        <>
                          {item.label} <span aria-hidden="true">↗</span>
                          <span className="visually-hidden"> ({t('common:opensInNewTab')})</span>
                        </>
                      }
                    />
                  ) : (
                    <NavLink
                      key={item.to}
                      component={RouterNavLink}
                      to={item.to}
                      label={item.label}
                      active={isActive(item.to)}
                      onClick={close}
                    />
                  ),
                )}
              </div>
            </>
          ) : null}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
