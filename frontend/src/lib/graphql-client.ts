/**
 * The staff GraphQL client. Documents are written with `graphql()` (codegen's client preset), so their result and
 * variable types come from api-spec. Requests carry the in-memory access token; a 401 gets one refresh and one retry,
 * after which the session ends and the app shows the sign-in page.
 */
import type { TypedDocumentString } from '@/generated/graphql/graphql';
import { apiUrl } from '@/lib/api-url';
import { expireSession, getAccessToken, refreshSession } from '@/lib/auth';

export { graphql } from '@/generated/graphql/gql';

export type ResultOf<D> = D extends TypedDocumentString<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends TypedDocumentString<infer _R, infer V> ? V : never;

export type GraphQLErrorEntry = { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> };

/** A request that failed as a whole (network, server fault, signed out): not a business rule (those are userErrors). */
export class GraphQLRequestError extends Error {
  readonly kind: 'network' | 'unauthenticated' | 'server';
  readonly errors: readonly GraphQLErrorEntry[];

  constructor(kind: 'network' | 'unauthenticated' | 'server', errors: readonly GraphQLErrorEntry[] = []) {
    super(errors[0]?.message ?? kind);
    this.name = 'GraphQLRequestError';
    this.kind = kind;
    this.errors = errors;
  }
}

function withToken(init: RequestInit): RequestInit {
  const headers = new Headers(init.headers);
  const token = getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return { ...init, headers, credentials: 'same-origin' };
}

/** fetch with the Bearer token, one refresh-and-retry on 401, and the session ended when that does not help. */
export async function authorizedFetch(path: string, init: RequestInit): Promise<Response> {
  const url = apiUrl(path);
  let response = await fetch(url, withToken(init));
  if (response.status !== 401) return response;
  if (await refreshSession()) {
    response = await fetch(url, withToken(init));
    if (response.status !== 401) return response;
  }
  expireSession();
  return response;
}

type GraphQLResponse<T> = { data?: T | null; errors?: GraphQLErrorEntry[] };

export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await authorizedFetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new GraphQLRequestError('network');
  }
  if (response.status === 401) throw new GraphQLRequestError('unauthenticated');
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError('server');
  }
  if (body.errors?.length || body.data == null) {
    const unauthenticated = body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated) expireSession();
    throw new GraphQLRequestError(unauthenticated ? 'unauthenticated' : 'server', body.errors ?? []);
  }
  return body.data;
}

/** The fetcher for the GraphQL explorer: the same token handling, raw responses. */
export async function explorerFetch(params: unknown): Promise<unknown> {
  const response = await authorizedFetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}
