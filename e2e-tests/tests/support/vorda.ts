import { type APIRequestContext, type Page, expect } from '@playwright/test';

/** Demo users the backend loads into a fresh database (all with the same password). */
export const demoPassword = 'vorda-demo-2026';
export const demoAdmin = { email: 'admin@vorda.example', name: 'Ada Admin' };

/** A unique e-mail, so that a re-run against the same database still passes. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@vorda.example`;
}

/** A password that satisfies the policy (≥ 12 characters, not common, not the e-mail). */
export function aStrongPassword(): string {
  return `Kx7-${Date.now().toString(36)}-Lmq9!`;
}

export async function signInThroughUi(page: Page, email: string, password: string, path = '/login'): Promise<void> {
  await page.goto(path);
  // Role locators by accessible name (password inputs count as text boxes here); they also prove the labels work.
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  const passwordField = page.getByRole('textbox', { name: 'Password', exact: true });
  await passwordField.fill(password);
  await passwordField.press('Enter');
}

/** Signs the demo administrator in through the sign-in API and calls the staff GraphQL API with the token. */
export async function adminGraphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const login = await request.post('/api/auth/login', { data: { email: demoAdmin.email, password: demoPassword } });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { query, variables },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export type CreatedUser = { id: string; email: string; name: string; password: string };

/** Creates a user through the admin GraphQL API (the user must choose a new password at first sign-in). */
export async function createUserThroughApi(
  request: APIRequestContext,
  { name, email, roles, language = 'EN', teamIds }: { name: string; email: string; roles: string[]; language?: string; teamIds?: string[] },
): Promise<CreatedUser> {
  const password = aStrongPassword();
  const data = await adminGraphql<{ userCreate: { user: { id: string } | null; userErrors: { code: string }[] } }>(
    request,
    `mutation E2eUserCreate($input: UserCreateInput!) {
       userCreate(input: $input) { user { id } userErrors { code field message } }
     }`,
    { input: { name, email, roles, language, temporaryPassword: password, ...(teamIds ? { teamIds } : {}) } },
  );
  expect(data.userCreate.userErrors).toEqual([]);
  return { id: data.userCreate.user?.id ?? '', email, name, password };
}

/** From the forced "choose a new password" screen to the landing page. */
export async function chooseNewPassword(page: Page, temporaryPassword: string, newPassword: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Temporary password', exact: true }).fill(temporaryPassword);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Confirm new password', exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Save password and continue' }).click();
}

/** The id of a team, by its name, through the admin GraphQL API. */
export async function teamIdThroughApi(request: APIRequestContext, name: string): Promise<string> {
  const data = await adminGraphql<{ teams: { nodes: { id: string; name: string }[] } }>(
    request,
    'query E2eTeams { teams(first: 100) { nodes { id name } } }',
    {},
  );
  const team = data.teams.nodes.find((node) => node.name === name);
  expect(team, `team ${name}`).toBeDefined();
  return team?.id ?? '';
}

/** Signs a user in through the sign-in API and calls the staff GraphQL API with their token (errors are returned). */
export async function graphqlAs<T>(
  request: APIRequestContext,
  { email, password }: { email: string; password: string },
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: T; errors?: unknown[] }> {
  const login = await request.post('/api/auth/login', { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await request.post('/graphql', { headers: { Authorization: `Bearer ${accessToken}` }, data: { query, variables } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

export async function signOutThroughUi(page: Page, userName: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${userName}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}
