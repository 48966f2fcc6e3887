import type { Role } from '@/lib/graphql-types';

/** Every role, in the order administrators think of them. */
export const allRoles: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'CASEWORKER', 'FIELD_AGENT', 'CLIENT_USER'];
