import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  aStrongPassword,
  chooseNewPassword,
  createUserThroughApi,
  demoPassword,
  graphqlAs,
  signInThroughUi,
  teamIdThroughApi,
  uniqueEmail,
} from './support/vorda';
import { aUniqueDutchIban, spacedIban } from './support/iban';

// The demo caseworker (team Collections North) works in Dutch, so the staff app speaks Dutch to her.
const caseworker = { email: 'caseworker@vorda.example' };
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Picks an option of a Mantine select: open it, choose, and leave it so its list no longer covers the next field. */
async function choose(page: Page, field: ReturnType<Page['getByRole']>, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

type Claim = { invoiceNumber: string; invoiceDate: string; dueDate: string; amount: string };

async function fillClaim(page: Page, number: number, claim: Claim) {
  const group = page.getByRole('group', { name: `Vordering ${number}`, exact: true });
  await group.getByRole('textbox', { name: 'Factuurnummer', exact: true }).fill(claim.invoiceNumber);
  await group.getByLabel('Factuurdatum').fill(claim.invoiceDate);
  await group.getByLabel('Vervaldatum').fill(claim.dueDate);
  await group.getByRole('textbox', { name: 'Bedrag in EUR', exact: true }).fill(claim.amount);
}

test('a caseworker opens a case, works it, and another team cannot see it', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const clientName = `E2E Opdrachtgever ${run} B.V.`;
  const debtor = { givenNames: 'Femke', familyName: `Schuldenaar ${run}` };
  const debtorName = `${debtor.givenNames} ${debtor.familyName}`;
  // a fresh IBAN each run, or the quick search (and the duplicate check) would meet the debtors of earlier runs
  const debtorIban = aUniqueDutchIban();

  // Caseworkers land on their cases.
  await signInThroughUi(page, caseworker.email, demoPassword);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });

  // A fresh organisation becomes a Dutch client (so re-runs against the same database work).
  await nav.getByRole('link', { name: 'Relaties' }).click();
  await page.getByRole('link', { name: 'Nieuwe relatie' }).click();
  await page.getByRole('radio', { name: 'Organisatie' }).check();
  await page.getByRole('textbox', { name: 'Statutaire naam', exact: true }).fill(clientName);
  await page.getByRole('button', { name: 'Relatie aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();

  const profile = page.getByRole('region', { name: 'Opdrachtgeverprofiel' });
  await expect(profile).toContainText('Deze relatie is geen opdrachtgever.');
  await profile.getByRole('button', { name: 'Deze relatie opdrachtgever maken' }).click();
  const clientForm = profile.getByRole('form', { name: `${clientName} opdrachtgever maken` });
  await expect(clientForm.getByRole('combobox', { name: 'Rechtsgebied' })).toHaveValue('Nederland');
  await expect(clientForm.getByRole('combobox', { name: 'Valuta' })).toHaveValue('EUR');
  await expect(clientForm.getByRole('textbox', { name: 'Contractuele rente per jaar' })).toHaveCount(0);
  await choose(page, clientForm.getByRole('combobox', { name: 'Standaardteam' }), 'Collections North');
  await clientForm.getByRole('button', { name: 'Opdrachtgever maken' }).click();
  await expect(page.getByText(`${clientName} is nu opdrachtgever.`)).toBeVisible();
  await expect(profile.getByRole('row', { name: /^Rechtsgebied/ })).toContainText('Nederland');
  await expect(profile.getByRole('row', { name: /^Standaardteam/ })).toContainText('Collections North');

  // Open a case: pick the client, create the debtor on the way (the form comes back with both chosen).
  await nav.getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('link', { name: 'Dossier openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier openen' })).toBeVisible();
  const clientPicker = page.getByRole('combobox', { name: 'Opdrachtgever' });
  await clientPicker.fill(clientName);
  await page.getByRole('option', { name: clientName }).click();
  await expect(page.getByText('Rechtsgebied: Nederland. Bedragen in EUR.')).toBeVisible();

  await page.getByRole('link', { name: 'Nieuwe debiteur aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe relatie' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Voornamen', exact: true }).fill(debtor.givenNames);
  await page.getByRole('textbox', { name: 'Achternaam', exact: true }).fill(debtor.familyName);
  await page.getByRole('textbox', { name: 'IBAN', exact: true }).fill(spacedIban(debtorIban));
  await page.getByRole('button', { name: 'Relatie aanmaken' }).click();

  await expect(page).toHaveURL(/\/cases\/new\?client=[^&]+&debtor=/);
  await expect(page.getByRole('list', { name: 'Gekozen debiteuren' })).toContainText(debtorName);
  await expect(page.getByRole('combobox', { name: 'Opdrachtgever' })).toHaveValue(clientName);
  await expect(page.getByRole('combobox', { name: 'Team' })).toHaveValue('Collections North');

  await fillClaim(page, 1, { invoiceNumber: `F-${run}-1`, invoiceDate: '2026-01-05', dueDate: '2026-02-04', amount: '1000' });
  await page.getByRole('button', { name: 'Vordering toevoegen' }).click();
  await expect(page.getByRole('group', { name: 'Vordering 2', exact: true }).getByRole('textbox', { name: 'Factuurnummer' })).toBeFocused();
  await fillClaim(page, 2, { invoiceNumber: `F-${run}-2`, invoiceDate: '2026-02-05', dueDate: '2026-03-07', amount: '250,50' });
  await page.getByRole('button', { name: 'Dossier openen' }).click();

  // The case page: reference, payment reference (a Dutch betalingskenmerk), the claims and their total.
  // (Not /cases/new?client=…: the form's own URL also has one segment after /cases/, so exclude it.)
  await expect(page).toHaveURL(/\/cases\/(?!new\b)[^/?]+$/);
  const caseUrl = new URL(page.url());
  const caseId = decodeURIComponent(caseUrl.pathname.split('/').pop() ?? '');
  const heading = page.getByRole('heading', { level: 1, name: /^Dossier \d{4}-\d{6}$/ });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? '').replace('Dossier ', '').trim();
  await expect(page.getByText(`Dossier ${reference} is geopend.`)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Betalingskenmerk' })).toContainText(/\d{4} \d{4} \d{4} \d{4}/);
  await expect(page.getByRole('table', { name: 'Vorderingen' }).getByRole('row', { name: /Totale hoofdsom/ })).toContainText('1.250,50');
  await expect(page.getByRole('region', { name: 'Betrokkenen en contact' })).toContainText(debtorName);
  await expectNoViolations(page);

  // Find it again by its reference.
  await nav.getByRole('link', { name: 'Dossiers' }).click();
  await expect(page.getByRole('table', { name: 'Dossiers' })).toBeVisible();
  await expectNoViolations(page);
  const goTo = page.getByRole('search', { name: 'Naar dossier' });
  await goTo.getByRole('textbox', { name: 'Dossiernummer' }).fill(reference);
  await goTo.getByRole('button', { name: 'Toon dossier' }).click();
  await expect(page).toHaveURL(caseUrl.href);
  await expect(heading).toBeVisible();

  // Find it through the quick search in the header: "/" focuses it from anywhere, first by the debtor's IBAN (as
  // typed from a bank statement, with spaces), chosen with the arrow keys; then by its reference, with a click.
  const quickSearch = page.getByRole('combobox', { name: 'Zoek dossiers en relaties' });
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(quickSearch).toBeFocused();
  await quickSearch.fill(spacedIban(debtorIban));
  const hits = page.getByRole('listbox', { name: 'Zoekresultaten' });
  const caseHit = hits.getByRole('group', { name: 'Dossiers' }).getByRole('option', { name: new RegExp(reference) });
  await expect(caseHit).toBeVisible();
  await expect(hits.getByRole('group', { name: 'Relaties' }).getByRole('option', { name: new RegExp(debtorName) })).toContainText('Gevonden op IBAN');
  await expect(quickSearch).toHaveAttribute('aria-expanded', 'true');
  await expectNoViolations(page);
  await quickSearch.press('ArrowDown');
  await expect(caseHit).toHaveAttribute('aria-selected', 'true');
  await quickSearch.press('Enter');
  await expect(page).toHaveURL(caseUrl.href);
  await expect(heading).toBeVisible();
  await nav.getByRole('link', { name: 'Dossiers' }).click();
  await quickSearch.fill(reference);
  await caseHit.click();
  await expect(page).toHaveURL(caseUrl.href);
  await expect(heading).toBeVisible();
  await expect(quickSearch).toHaveValue('');

  // A note.
  const note = `Debiteur gebeld ${run}: betwist de meterstand.`;
  await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill(note);
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByRole('region', { name: 'Notities' }).getByRole('listitem').filter({ hasText: note })).toBeVisible();

  // On hold for a dispute, then released.
  const actions = page.getByRole('group', { name: 'Acties voor het dossier' });
  await actions.getByRole('button', { name: 'Aanhouden' }).click();
  const hold = page.getByRole('dialog', { name: `Dossier ${reference} aanhouden` });
  await choose(page, hold.getByRole('combobox', { name: 'Reden van aanhouden' }), 'Betwisting');
  await hold.getByRole('textbox', { name: 'Notitie' }).fill('Meterstand betwist');
  await hold.getByRole('button', { name: 'Aanhouden' }).click();
  await expect(hold).toBeHidden();
  await expect(page.getByText('Aangehouden · Betwisting').first()).toBeVisible();
  await actions.getByRole('button', { name: 'Aanhouding opheffen' }).click();
  await expect(page.getByText(`De aanhouding van dossier ${reference} is opgeheven; het dossier is weer actief.`)).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Aanhouden' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  await expect(timeline.first()).toContainText('Status gewijzigd: Aangehouden · Betwisting → Actief');
  await expect(timeline.nth(1)).toContainText('Status gewijzigd: Nieuw → Aangehouden · Betwisting');

  // Reassigned to another team: she is not in it, is told so, and goes back to her list.
  await actions.getByRole('button', { name: 'Anders toewijzen' }).click();
  const reassign = page.getByRole('dialog', { name: `Dossier ${reference} anders toewijzen` });
  await choose(page, reassign.getByRole('combobox', { name: 'Team' }), 'Collections South');
  await expect(reassign.getByText(/kun je het niet meer zien/)).toBeVisible();
  await reassign.getByRole('button', { name: 'Toewijzen' }).click();
  await expect(page.getByText(`Dossier ${reference} ligt nu bij Collections South.`)).toBeVisible();
  await expect(page).toHaveURL(/\/cases$/);

  // A caseworker of another team (Field Team) cannot find it, open it, or read it through the API.
  const fieldTeamId = await teamIdThroughApi(request, 'Field Team');
  const outsider = await createUserThroughApi(request, {
    name: `Otto Outsider ${run}`,
    email: uniqueEmail('outsider'),
    roles: ['CASEWORKER'],
    teamIds: [fieldTeamId],
  });
  const outsiderPassword = aStrongPassword();
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInThroughUi(other, outsider.email, outsider.password);
  await chooseNewPassword(other, outsider.password, outsiderPassword);
  await expect(other).toHaveURL(/\/cases$/);
  const otherGoTo = other.getByRole('search', { name: 'Go to case' });
  await otherGoTo.getByRole('textbox', { name: 'Case reference' }).fill(reference);
  await otherGoTo.getByRole('button', { name: 'Show case' }).click();
  await expect(otherGoTo.getByRole('alert')).toHaveText(`There is no case ${reference}, or it is not one you may see.`);
  await expect(other).toHaveURL(/\/cases$/);

  // Nor through the quick search: by its reference nothing at all; by the debtor's IBAN the debtor (parties are
  // shared by all teams) but not the case.
  const otherSearch = other.getByRole('combobox', { name: 'Search cases and parties' });
  const otherStatus = other.getByRole('search', { name: 'Quick search' }).getByRole('status');
  await otherSearch.fill(reference);
  await expect(otherStatus).toHaveText(`Nothing found for “${reference}”.`);
  await expect(other.getByRole('option', { name: new RegExp(reference) })).toHaveCount(0);
  await otherSearch.fill(debtorIban);
  await expect(otherStatus).toHaveText(/^Cases found: 0\. Parties found: 1\./);
  await expect(other.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Cases' })).toHaveCount(0);
  await expect(other.getByRole('option', { name: new RegExp(reference) })).toHaveCount(0);
  await otherSearch.press('Escape');

  await other.goto(caseUrl.pathname);
  await expect(other.getByRole('heading', { level: 1, name: 'Case not found' })).toBeVisible();
  await expect(other.getByText(reference)).toHaveCount(0);
  await context.close();

  const asOutsider = await graphqlAs<{ node: unknown; caseByReference: unknown }>(
    request,
    { email: outsider.email, password: outsiderPassword },
    'query E2eCaseAsOutsider($id: ID!, $reference: String!) { node(id: $id) { id } caseByReference(reference: $reference) { id } }',
    { id: caseId, reference },
  );
  expect(asOutsider.errors).toBeUndefined();
  expect(asOutsider.data).toEqual({ node: null, caseByReference: null });
});
