import { Navigate, type RouteObject } from 'react-router';
import { FieldLayout } from '@/app/field/field-layout';
import { FieldRequireSession, FieldSessionRoot } from '@/app/field/guards';
import { FieldChangePasswordRoute } from '@/app/field/routes/change-password';
import { FieldLoginRoute } from '@/app/field/routes/login';
import { FieldTodayRoute } from '@/app/field/routes/today';

export const fieldBasename = '/field';

export const fieldRoutes: RouteObject[] = [
  {
    element: <FieldSessionRoot />,
    children: [
      { path: 'login', element: <FieldLoginRoute /> },
      { path: 'change-password', element: <FieldChangePasswordRoute /> },
      {
        element: <FieldRequireSession />,
        children: [
          {
            element: <FieldLayout />,
            children: [
              { index: true, element: <Navigate to="/today" replace /> },
              { path: 'today', element: <FieldTodayRoute /> },
              { path: '*', element: <Navigate to="/today" replace /> },
            ],
          },
        ],
      },
    ],
  },
];
