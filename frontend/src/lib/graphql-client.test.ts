import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAccessToken, getSessionState, resetSessionForTests, signIn } from '@/lib/auth';
import { graphql, graphqlRequest, GraphQLRequestError } from '@/lib/graphql-client';
import { server } from '@/testing/msw-server';
import { aSession, aSessionUser } from '@/testing/session-fixtures';

const meDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      phone
      language
      roles
      teams {
        id
        name
      }
    }
  }
`);

const me = { id: 'VXNlcjox', name: 'Ada Admin', email: 'admin@vorda.example', phone: null, language: 'EN', roles: ['ADMIN'], teams: [] };

describe('graphqlRequest', () => {
  beforeEach(async () => {
    resetSessionForTests();
    server.use(http.post('*/api/auth/login', () => HttpResponse.json({ ...aSession(aSessionUser()), accessToken: 'first-token' })));
    expect((await signIn('admin@vorda.example', 'vorda-demo-2026')).ok).toBe(true);
  });

  it('sends the in-memory access token as a Bearer header', async () => {
    let authorization: string | null = null;
    server.use(
      http.post('*/graphql', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ data: { me } });
      }),
    );
    await graphqlRequest(meDocument);
    expect(authorization).toBe('Bearer first-token');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const seen: (string | null)[] = [];
    let refreshes = 0;
    server.use(
      http.post('*/api/auth/refresh', () => {
        refreshes++;
        return HttpResponse.json({ ...aSession(aSessionUser()), accessToken: 'second-token' });
      }),
      http.post('*/graphql', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return seen.length === 1 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ data: { me } });
      }),
    );

    const result = await graphqlRequest(meDocument);

    expect(result.me.name).toBe('Ada Admin');
    expect(seen).toEqual(['Bearer first-token', 'Bearer second-token']);
    expect(refreshes).toBe(1);
    expect(getAccessToken()).toBe('second-token');
  });

  it('ends the session when the refresh does not help', async () => {
    server.use(
      http.post('*/api/auth/refresh', () => HttpResponse.json({ code: 'SESSION_EXPIRED' }, { status: 401 })),
      http.post('*/graphql', () => new HttpResponse(null, { status: 401 })),
    );

    await expect(graphqlRequest(meDocument)).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(getSessionState()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(getAccessToken()).toBeNull();
  });

  it('never writes the token to web storage', () => {
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.toContain('first-token');
  });
});
