import type { SessionUser } from '@/lib/auth';

export function aSessionUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    id: 'VXNlcjox',
    name: 'Ada Admin',
    email: 'admin@vorda.example',
    language: 'EN',
    roles: ['ADMIN'],
    mustChangePassword: false,
    ...overrides,
  };
}

export function aSession(user: SessionUser = aSessionUser()) {
  return { accessToken: `token-for-${user.id}`, expiresIn: 900, user };
}
