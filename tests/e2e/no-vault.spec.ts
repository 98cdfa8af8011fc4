import { existsSync } from 'node:fs';
import { expect, PASSPHRASE, startHarness, test } from './harness';

test('without --vault the unlock screen offers to create one at the default path', async ({ page }) => {
  const harness = await startHarness({ withVault: false });
  try {
    await page.goto(harness.url);
    await expect(page.getByText('secretariat.vault in the folder where the harness runs', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Open existing vault…' }).click();
    await expect(page.getByText('There is no vault at the default location yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Create new vault…' }).click();
    await expect(page.getByTestId('vault-path')).toHaveText(harness.vaultPath);
    await page.getByLabel('Your name').fill('Leila Nasser');
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByTestId('actor')).toHaveText('Working as Leila Nasser');
    expect(existsSync(harness.vaultPath)).toBe(true);
  } finally {
    await harness.stop();
  }
});
