import { Navigate, type RouteObject } from 'react-router';
import { Landing, RequireRole, RequireSession, SessionRoot } from '@/app/staff/guards';
import { AdminApiClientsRoute } from '@/app/staff/routes/admin-api-clients';
import { AdminAuditRoute } from '@/app/staff/routes/admin-audit';
import { AdminExchangeRatesRoute } from '@/app/staff/routes/admin-exchange-rates';
import { AdminGraphqlRoute } from '@/app/staff/routes/admin-graphql';
import { AdminInterestRatesRoute } from '@/app/staff/routes/admin-interest-rates';
import { AdminTeamsRoute } from '@/app/staff/routes/admin-teams';
import { AdminUsersRoute } from '@/app/staff/routes/admin-users';
import { DailyRunsRoute } from '@/app/staff/routes/daily-runs';
import { CasesRoute } from '@/app/staff/routes/cases';
import { CaseDetailRoute } from '@/app/staff/routes/cases-detail';
import { RequireCaseAccess } from '@/app/staff/routes/cases-guard';
import { CaseNewRoute } from '@/app/staff/routes/cases-new';
import { ChangePasswordRoute } from '@/app/staff/routes/change-password';
import { ClientsRoute } from '@/app/staff/routes/clients';
import { HandoverRoute } from '@/app/staff/routes/handover';
import { RequireClientAccess } from '@/app/staff/routes/clients-guard';
import { LoginRoute } from '@/app/staff/routes/login';
import { NotFound } from '@/app/staff/routes/not-found';
import { PartiesRoute } from '@/app/staff/routes/parties';
import { PartyDetailRoute } from '@/app/staff/routes/parties-detail';
import { RequirePartyAccess } from '@/app/staff/routes/parties-guard';
import { PartyNewRoute } from '@/app/staff/routes/parties-new';
import { ProfileRoute } from '@/app/staff/routes/profile';
import { StaffLayout } from '@/app/staff/staff-layout';

export const staffRoutes: RouteObject[] = [
  {
    element: <SessionRoot />,
    children: [
      { path: 'login', element: <LoginRoute /> },
      {
        element: <RequireSession />,
        children: [
          { path: 'change-password', element: <ChangePasswordRoute /> },
          {
            element: <StaffLayout />,
            children: [
              { index: true, element: <Landing /> },
              { path: 'profile', element: <ProfileRoute /> },
              {
                path: 'cases',
                element: <RequireCaseAccess />,
                children: [
                  { index: true, element: <CasesRoute /> },
                  { path: 'new', element: <RequireCaseAccess edit />, children: [{ index: true, element: <CaseNewRoute /> }] },
                  { path: ':caseId', element: <CaseDetailRoute /> },
                ],
              },
              { path: 'handover', element: <HandoverRoute /> },
              { path: 'daily-runs', element: <DailyRunsRoute /> },
              { path: 'clients', element: <RequireClientAccess />, children: [{ index: true, element: <ClientsRoute /> }] },
              {
                path: 'parties',
                element: <RequirePartyAccess />,
                children: [
                  { index: true, element: <PartiesRoute /> },
                  { path: 'new', element: <RequirePartyAccess edit />, children: [{ index: true, element: <PartyNewRoute /> }] },
                  { path: ':partyId', element: <PartyDetailRoute /> },
                ],
              },
              {
                path: 'admin',
                element: <RequireRole role="ADMIN" />,
                children: [
                  { index: true, element: <Navigate to="users" replace /> },
                  { path: 'users', element: <AdminUsersRoute /> },
                  { path: 'teams', element: <AdminTeamsRoute /> },
                  { path: 'api-clients', element: <AdminApiClientsRoute /> },
                  { path: 'interest-rates', element: <AdminInterestRatesRoute /> },
                  { path: 'exchange-rates', element: <AdminExchangeRatesRoute /> },
                  { path: 'audit', element: <AdminAuditRoute /> },
                  { path: 'graphql', element: <AdminGraphqlRoute /> },
                ],
              },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
];
