import { HttpResponse, http } from 'msw';
import type { SessionUser } from '@/lib/auth';
import { aSession } from '@/testing/session-fixtures';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `https://vorda.dev/problems/${code.toLowerCase()}`, title: code, status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The sign-in API: `signedInAs` is whom the refresh cookie belongs to (null: no session yet). */
export function authHandlers({ signedInAs }: { signedInAs: SessionUser | null }) {
  return [
    http.post('*/api/auth/refresh', () =>
      signedInAs ? HttpResponse.json(aSession(signedInAs)) : problem(401, 'SESSION_EXPIRED'),
    ),
    http.post('*/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
  ];
}

export function loginFails(status: number, code: string, extra: Record<string, unknown> = {}) {
  return http.post('*/api/auth/login', () => problem(status, code, extra));
}

export function loginSucceeds(user: SessionUser) {
  return http.post('*/api/auth/login', () => HttpResponse.json(aSession(user)));
}

export { problem };
