import { expect, test } from '@playwright/test';
import { createUserThroughApi, signInThroughUi, uniqueEmail } from './support/vorda';

test('a wrong password shows a clear message', async ({ page, request }) => {
  // A user of its own, so failed attempts never count against a demo account.
  const user = await createUserThroughApi(request, { name: 'Wendy Wrongpass', email: uniqueEmail('wrong'), roles: ['CASEWORKER'] });

  await signInThroughUi(page, user.email, `${user.password}-not-it`);

  await expect(page.getByRole('alert')).toContainText('E-mail or password is incorrect.');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'E-mail', exact: true })).toHaveValue(user.email);
});
