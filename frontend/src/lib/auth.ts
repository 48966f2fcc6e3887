/**
 * The staff and field apps' session. The access token lives in this module's memory only — never in localStorage
 * or sessionStorage — so a script injected into the page cannot lift a long-lived credential. The refresh token is
 * an HttpOnly cookie the browser sends to /api/auth only; `restoreSession` trades it for a new access token when
 * the app starts, and a timer does so again a minute before the access token expires.
 */
import { useSyncExternalStore } from 'react';
import createClient from 'openapi-fetch';
import type { components, paths } from '@/generated/openapi/auth';
import { apiUrl } from '@/lib/api-url';
import { changeLanguage, fromApiLanguage } from '@/lib/i18n';

export type SessionUser = components['schemas']['SessionUser'];
export type StaffRole = SessionUser['roles'][number];

export type SessionState =
  | { readonly status: 'unknown' }
  | { readonly status: 'signedOut'; readonly reason: 'none' | 'signedOut' | 'expired' }
  | { readonly status: 'signedIn'; readonly user: SessionUser };

export type SignInFailureCode =
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_INACTIVE'
  | 'ACCOUNT_LOCKED'
  | 'INVALID_INPUT'
  | 'TOO_MANY_REQUESTS'
  | 'UNAVAILABLE';

export type SignInResult =
  | { readonly ok: true; readonly user: SessionUser }
  | { readonly ok: false; readonly code: SignInFailureCode; readonly lockedUntil?: string };

/** Refresh this long before the access token runs out. */
const refreshMarginSeconds = 60;

let state: SessionState = { status: 'unknown' };
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<boolean> | undefined;
let restoreInFlight: Promise<void> | undefined;
const listeners = new Set<() => void>();

function authClient() {
  return createClient<paths>({ baseUrl: apiUrl('/api/auth'), credentials: 'same-origin' });
}

function setState(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): SessionState {
  return state;
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState, getSessionState);
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function hasRole(session: SessionState, role: StaffRole): boolean {
  return session.status === 'signedIn' && session.user.roles.includes(role);
}

function clearSession(reason: 'none' | 'signedOut' | 'expired') {
  accessToken = null;
  if (refreshTimer !== undefined) clearTimeout(refreshTimer);
  refreshTimer = undefined;
  setState({ status: 'signedOut', reason });
}

function applySession(session: components['schemas']['Session']) {
  accessToken = session.accessToken;
  if (refreshTimer !== undefined) clearTimeout(refreshTimer);
  const lifetime = Math.max(session.expiresIn, 0);
  const refreshIn = lifetime > refreshMarginSeconds * 2 ? lifetime - refreshMarginSeconds : lifetime / 2;
  refreshTimer = setTimeout(() => {
    void refreshSession().then((ok) => {
      if (!ok) clearSession('expired');
    });
  }, refreshIn * 1000);
  void changeLanguage(fromApiLanguage(session.user.language));
  setState({ status: 'signedIn', user: session.user });
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  try {
    const { data, error, response } = await authClient().POST('/login', { body: { email, password } });
    if (data) {
      applySession(data);
      return { ok: true, user: data.user };
    }
    const code = (error as { code?: string } | undefined)?.code;
    switch (response.status) {
      case 423:
        return { ok: false, code: 'ACCOUNT_LOCKED', lockedUntil: (error as { lockedUntil?: string }).lockedUntil };
      case 401:
        return { ok: false, code: code === 'ACCOUNT_INACTIVE' ? 'ACCOUNT_INACTIVE' : 'INVALID_CREDENTIALS' };
      case 400:
        return { ok: false, code: 'INVALID_INPUT' };
      case 429:
        return { ok: false, code: 'TOO_MANY_REQUESTS' };
      default:
        return { ok: false, code: 'UNAVAILABLE' };
    }
  } catch {
    return { ok: false, code: 'UNAVAILABLE' };
  }
}

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request: the server rotates the
 * cookie on every refresh and treats a re-used one as theft, so two parallel refreshes would end the session.
 */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= (async () => {
    try {
      const { data } = await authClient().POST('/refresh');
      if (data) {
        applySession(data);
        return true;
      }
      return false;
    } catch {
      return false;
    } finally {
      refreshInFlight = undefined;
    }
  })();
  return refreshInFlight;
}

/** Called once when an app starts (guarded, so React's double effects in development do not refresh twice). */
export function restoreSession(): Promise<void> {
  if (state.status !== 'unknown') return Promise.resolve();
  restoreInFlight ??= refreshSession().then((ok) => {
    if (!ok) clearSession('none');
  });
  return restoreInFlight;
}

/** The server said the access token is no longer good and a refresh did not help. */
export function expireSession(): void {
  clearSession('expired');
}

export async function signOut(): Promise<void> {
  try {
    await authClient().POST('/logout');
  } catch {
    // Signing out locally still matters when the server cannot be reached; the refresh token then simply expires.
  }
  clearSession('signedOut');
}

/** Keeps the session's copy of the user in step after the user changed their own profile or password. */
export function updateSessionUser(changes: Partial<Omit<SessionUser, 'id' | 'roles'>>): void {
  if (state.status !== 'signedIn') return;
  setState({ status: 'signedIn', user: { ...state.user, ...changes } });
}

/** For tests only: forget everything, as after a page reload. */
export function resetSessionForTests(): void {
  accessToken = null;
  if (refreshTimer !== undefined) clearTimeout(refreshTimer);
  refreshTimer = undefined;
  refreshInFlight = undefined;
  restoreInFlight = undefined;
  state = { status: 'unknown' };
  for (const listener of listeners) listener();
}
