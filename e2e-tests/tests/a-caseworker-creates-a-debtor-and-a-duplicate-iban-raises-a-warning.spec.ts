import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { aUniqueDutchIban, ibanCheckDigits, spacedIban } from './support/iban';
import { demoPassword, signInThroughUi } from './support/vorda';

// The demo caseworker works in Dutch, so after signing in the staff app speaks Dutch.
const caseworker = { email: 'caseworker@vorda.example' };
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

type Person = { givenNames: string; familyName: string; street: string; houseNumber: string; postcode: string; city: string; iban: string };

async function createPerson(page: Page, person: Person) {
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Relaties' }).click();
  await page.getByRole('link', { name: 'Nieuwe relatie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe relatie' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Persoon' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Voornamen', exact: true }).fill(person.givenNames);
  await page.getByRole('textbox', { name: 'Achternaam', exact: true }).fill(person.familyName);
  await page.getByRole('textbox', { name: 'Straat', exact: true }).fill(person.street);
  await page.getByRole('textbox', { name: 'Huisnummer', exact: true }).fill(person.houseNumber);
  await page.getByRole('textbox', { name: 'Postcode', exact: true }).fill(person.postcode);
  await page.getByRole('textbox', { name: 'Plaats', exact: true }).fill(person.city);
  await page.getByRole('textbox', { name: 'IBAN', exact: true }).fill(spacedIban(person.iban));
  await page.getByRole('button', { name: 'Relatie aanmaken' }).click();
}

test('the IBAN helper computes ISO 13616 check digits', () => {
  expect(ibanCheckDigits('NL', 'ABNA0417164300')).toBe('91'); // the textbook example NL91 ABNA 0417 1643 00
  expect(aUniqueDutchIban()).toMatch(/^NL\d{2}ABNA0\d{9}$/);
});

test('a caseworker creates a debtor and a duplicate IBAN raises a warning', async ({ page }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const iban = aUniqueDutchIban();
  const first: Person = {
    givenNames: 'Eva',
    familyName: `Debiteur ${run}`,
    street: 'Dorpsstraat',
    houseNumber: '12',
    postcode: '1234 AB',
    city: 'Amsterdam',
    iban,
  };
  const second: Person = { ...first, givenNames: 'Evert', familyName: `Anders ${run}`, street: 'Kerkplein', houseNumber: '3', postcode: '3511 AA', city: 'Utrecht' };

  await signInThroughUi(page, caseworker.email, demoPassword);
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(nav.getByRole('link', { name: 'Relaties' })).toBeVisible();

  // The first debtor: a person with a Dutch address and a valid IBAN.
  await createPerson(page, first);
  await expect(page).toHaveURL(/\/parties\/(?!new\b)[^/?]+$/);
  const firstName = `${first.givenNames} ${first.familyName}`;
  await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
  const firstUrl = page.url();
  await expect(page.getByRole('region', { name: 'Adressen' })).toContainText('Dorpsstraat 12, 1234 AB Amsterdam');
  await expect(page.getByRole('region', { name: 'Bankrekeningen' })).toContainText(spacedIban(iban));
  await expectNoViolations(page);

  // A second person with the same IBAN: nothing is saved, the warning lists the first.
  await createPerson(page, second);
  const warning = page.getByRole('heading', { name: 'Mogelijk dubbele relaties' });
  await expect(warning).toBeVisible();
  const candidates = page.getByRole('list', { name: 'Mogelijk dubbele relaties' });
  const candidate = candidates.getByRole('listitem').filter({ hasText: firstName });
  await expect(candidate).toContainText('Zelfde IBAN');
  await expect(page).toHaveURL(/\/parties\/new$/);

  // "Use this one" opens the first debtor.
  await candidate.getByRole('button', { name: `Deze gebruiken: ${firstName}` }).click();
  await expect(page).toHaveURL(firstUrl);
  await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible();

  // Quick search by the IBAN finds it, and says so.
  await nav.getByRole('link', { name: 'Relaties' }).click();
  const search = page.getByRole('searchbox', { name: 'Snel zoeken' });
  await expect(search).toBeFocused();
  await search.fill(spacedIban(iban));
  await search.press('Enter');
  const hit = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('listitem').filter({ hasText: firstName });
  await expect(hit).toContainText('Gevonden op IBAN');
  await expect(page.getByRole('list', { name: 'Zoekresultaten' })).not.toContainText(second.familyName);
  await expectNoViolations(page);
  await hit.getByRole('link', { name: firstName }).click();
  await expect(page).toHaveURL(firstUrl);
});
