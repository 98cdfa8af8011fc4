import { api, expect, PASSPHRASE, test } from './harness';

test('an idle session locks itself, after 10 minutes by default and after the configured time', async ({ page, harness }) => {
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  await api(harness, 'committees.create', { name: 'Higher Committee for Occupational Safety' });
  await page.clock.install();
  await page.goto(`${harness.url}committees`);
  await expect(page.getByRole('link', { name: 'Higher Committee for Occupational Safety' })).toBeVisible();

  await page.clock.fastForward('09:30');
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByText('The vault was locked after a period without activity.')).toBeVisible();
  // Locked for real, and nothing of the vault is left on the page.
  expect(await api(harness, 'vault.status')).toMatchObject({ state: 'locked' });
  await expect(page.getByText('Higher Committee for Occupational Safety')).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Lock after this many minutes without activity').fill('2');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  // Activity keeps the session open.
  await page.clock.fastForward('01:30');
  await page.mouse.move(200, 200);
  await page.keyboard.press('Shift');
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByText('The vault was locked after a period without activity.')).toBeVisible();
  expect(await api(harness, 'vault.status')).toMatchObject({ state: 'locked' });
});
