import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { adminGraphql, aStrongPassword, chooseNewPassword, createUserThroughApi, demoAdmin, demoPassword, signInThroughUi, teamIdThroughApi, uniqueEmail } from './support/vorda';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** A business day as YYYY-MM-DD in the business zone, `days` from today. */
function day(days: number): string {
  const moment = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** Moves the backend's test clock (e2e only) to `daysAhead` days after the real time, as the demo administrator. */
async function moveClock(request: APIRequestContext, daysAhead: number) {
  const login = await request.post('/api/auth/login', { data: { email: demoAdmin.email, password: demoPassword } });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const moved = await request.put('/api/test/v1/clock', { headers: { Authorization: `Bearer ${accessToken}` }, data: { daysAhead } });
  expect(moved.status(), await moved.text()).toBe(200);
}

async function choose(page: Page, field: ReturnType<Page['getByRole']>, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A Dutch consumer client and a case against a new debtor with two overdue claims, made through the API. */
async function aDutchConsumerCase(request: APIRequestContext, run: string, teamId: string) {
  type Created = { party: { id: string } | null; userErrors: unknown[] };
  const organisation = await adminGraphql<{ partyCreate: Created }>(
    request,
    'mutation E2eOrg($input: PartyCreateInput!) { partyCreate(input: $input) { party { id } userErrors { code field } } }',
    { input: { kind: 'ORGANISATION', organisation: { legalName: `E2E Energie ${run} B.V.` } } },
  );
  const client = await adminGraphql<{ clientCreate: { client: { id: string } | null; userErrors: unknown[] } }>(
    request,
    'mutation E2eClient($input: ClientCreateInput!) { clientCreate(input: $input) { client { id } userErrors { code field } } }',
    {
      input: {
        partyId: organisation.partyCreate.party?.id,
        jurisdiction: 'NL',
        terms: { interestBasis: 'STATUTORY', transactionType: 'CONSUMER' },
        defaultTeamId: teamId,
      },
    },
  );
  expect(client.clientCreate.userErrors).toEqual([]);
  const debtor = await adminGraphql<{ partyCreate: Created }>(
    request,
    'mutation E2eDebtor($input: PartyCreateInput!) { partyCreate(input: $input) { party { id } userErrors { code field } } }',
    { input: { kind: 'PERSON', person: { givenNames: 'Noor', familyName: `Betaler ${run}` } } },
  );
  const opened = await adminGraphql<{ caseOpen: { case: { id: string; reference: string } | null; userErrors: unknown[] } }>(
    request,
    'mutation E2eCase($input: CaseOpenInput!) { caseOpen(input: $input) { case { id reference } userErrors { code field } } }',
    {
      input: {
        clientId: client.clientCreate.client?.id,
        debtorIds: [debtor.partyCreate.party?.id],
        claims: [
          { invoiceNumber: `E-${run}-1`, invoiceDate: day(-120), dueDate: day(-90), principalAmount: '1000.00' },
          { invoiceNumber: `E-${run}-2`, invoiceDate: day(-90), dueDate: day(-60), principalAmount: '500.00' },
        ],
      },
    },
  );
  expect(opened.caseOpen.userErrors).toEqual([]);
  return { id: opened.caseOpen.case?.id ?? '', reference: opened.caseOpen.case?.reference ?? '' };
}

/** A new English-speaking colleague in the team, signed in on a page of their own. */
async function aColleague(page: Page, request: APIRequestContext, role: string, teamId: string, run: string) {
  const user = await createUserThroughApi(request, { name: `${role} ${run}`, email: uniqueEmail(role.toLowerCase()), roles: [role], teamIds: [teamId] });
  await signInThroughUi(page, user.email, user.password);
  await chooseNewPassword(page, user.password, aStrongPassword());
  await expect(page).toHaveURL(/\/cases$/);
}

async function openCase(page: Page, reference: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases', exact: true }).click();
  const goTo = page.getByRole('search', { name: 'Go to case' });
  await goTo.getByRole('textbox', { name: 'Case reference' }).fill(reference);
  await goTo.getByRole('button', { name: 'Show case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
}

test.afterAll(async ({ request }) => {
  await moveClock(request, 0); // the journeys after this one live in the real time again
});

test('money on a Dutch consumer case: the 14-day letter, a payment allocated and reversed, a plan with a missed instalment', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const teamId = await teamIdThroughApi(request, 'Collections North');
  const subject = await aDutchConsumerCase(request, run, teamId);

  // A caseworker records the 14-day letter: received four weeks ago, so its 14 days have run and the BIK may be charged.
  await aColleague(page, request, 'CASEWORKER', teamId, run);
  await openCase(page, subject.reference);
  const costs = page.getByRole('region', { name: 'Reminders and collection costs' });
  await expect(costs).toContainText('None recorded.');
  await expect(costs).toContainText('Not chargeable yet');
  await costs.getByRole('button', { name: 'Record a reminder' }).click();
  const letter = page.getByRole('dialog', { name: `Reminder on case ${subject.reference}` });
  await letter.getByLabel('Sent on').fill(day(-30));
  await letter.getByLabel('Received on').fill(day(-28));
  await letter.getByRole('button', { name: 'Record reminder' }).click();
  await expect(letter).toBeHidden();
  await expect(costs.getByRole('table', { name: 'Reminders with legal effect' })).toContainText('14-day letter');
  // BIK on the summed principals of a consumer (€1,500.00): 15 % = €225.00, charged on the oldest claim
  await costs.getByRole('button', { name: 'Charge €225.00' }).click();
  await expect(costs).toContainText('On the account');
  await expectNoViolations(page);

  // A partial payment: costs first, then interest, then principal, on the claim that fell due first.
  const money = page.getByRole('region', { name: 'Money' });
  const openRow = money.getByRole('table', { name: /^Balance on/ }).getByRole('row', { name: /Open/ });
  await expect(openRow).toContainText('€1,7'); // 1,500.00 principal + 225.00 costs + interest
  const openBefore = (await openRow.textContent()) ?? '';
  await money.getByRole('button', { name: 'Register payment' }).click();
  const payment = page.getByRole('dialog', { name: `Register a payment on case ${subject.reference}` });
  await payment.getByRole('textbox', { name: 'Amount (EUR)' }).fill('300');
  await payment.getByRole('button', { name: 'Register payment' }).click();
  await expect(payment).toBeHidden();
  const payments = money.getByRole('table', { name: 'Payments' });
  await expect(payments).toContainText(
    new RegExp(`E-${run}-1 · costs: €225\\.00.*E-${run}-1 · interest: €[\\d,.]+.*E-${run}-1 · principal: €`),
  );
  await expect(payments).not.toContainText(`E-${run}-2 ·`);
  await expect(openRow).not.toHaveText(openBefore);

  // A supervisor reverses it (four eyes): the balance is what it was before.
  const supervisorContext = await browser.newContext();
  const supervisor = await supervisorContext.newPage();
  await aColleague(supervisor, request, 'SUPERVISOR', teamId, run);
  await openCase(supervisor, subject.reference);
  const supervisorMoney = supervisor.getByRole('region', { name: 'Money' });
  await supervisorMoney.getByRole('button', { name: /^Reverse payment of €300\.00/ }).click();
  const reverse = supervisor.getByRole('dialog', { name: 'Reverse payment' });
  await reverse.getByRole('textbox', { name: 'Reason' }).fill('Bounced: the bank returned it');
  await reverse.getByRole('button', { name: 'Reverse payment' }).click();
  await expect(reverse).toBeHidden();
  await expect(supervisorMoney.getByRole('table', { name: 'Payments' })).toContainText('Reversed');
  await expect(supervisorMoney.getByRole('table', { name: /^Balance on/ }).getByRole('row', { name: /Open/ })).toHaveText(openBefore);

  // The caseworker agrees a plan of six monthly instalments, the first in a week.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${subject.reference}` })).toBeVisible();
  const arrangements = page.getByRole('region', { name: 'Payment plan and promises' });
  await arrangements.getByRole('button', { name: 'Set up payment plan' }).click();
  const planDialog = page.getByRole('dialog', { name: `Payment plan for case ${subject.reference}` });
  await planDialog.getByRole('textbox', { name: 'Number of instalments' }).fill('6');
  await choose(page, planDialog.getByRole('combobox', { name: 'Frequency' }), 'Monthly');
  await planDialog.getByLabel('First instalment on').fill(day(7));
  await planDialog.getByRole('button', { name: 'Show schedule' }).click();
  const proposed = planDialog.getByRole('table', { name: 'Proposed schedule' });
  await expect(proposed.getByRole('row').nth(6).getByRole('cell').first()).toHaveText('6');
  // interest continues under the standard terms: a seventh line may settle it
  const lines = (await proposed.getByRole('row').count()) - 1;
  expect([6, 7]).toContain(lines);
  await planDialog.getByRole('button', { name: 'Agree plan' }).click();
  await expect(planDialog).toBeHidden();
  const instalments = arrangements.getByRole('table', { name: 'Instalments' });
  await expect(instalments.getByRole('row').filter({ hasText: 'Open' })).toHaveCount(lines);
  await expect(arrangements).toContainText('missed instalments: 0');

  // Three weeks pass without a payment; the supervisor has the plans checked now instead of waiting for the night.
  await moveClock(request, 21);
  await supervisor.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Daily runs' }).click();
  await supervisor.getByRole('button', { name: 'Check now' }).click();
  const runs = supervisor.getByRole('table', { name: 'Checks of plans and promises, newest first' });
  await expect(runs.getByRole('row').nth(1)).toContainText(/Finished/, { timeout: 30_000 });
  await expectNoViolations(supervisor);
  await supervisorContext.close();

  // The case shows the first instalment missed; one more and the plan breaks (the standard terms break after two).
  await openCase(page, subject.reference);
  await expect(arrangements).toContainText('missed instalments: 1');
  await expect(instalments.getByRole('row').nth(1)).toContainText('Missed');
  await expect(arrangements).toContainText('Active');
});
