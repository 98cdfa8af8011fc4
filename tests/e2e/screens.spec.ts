import { mkdirSync, readFileSync } from 'node:fs';
import { api, expect, PASSPHRASE, test } from './harness';

/**
 * Every main screen at the size the secretariat's laptops have, with real-looking data. The
 * pictures go to test-results/screenshots, or to SCREENSHOT_DIR (docs/screenshots to refresh
 * the ones in the repository).
 */
const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const FIXTURE = readFileSync(new URL('../fixtures/trafficking-meeting.json', import.meta.url), 'utf8');

test('every main screen renders with data', async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}.png` });

  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Create a new vault' })).toBeVisible();
  await shot('01-create-vault');

  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const imported = await api<{ meetingId: number; committeeId: number }>(harness, 'packages.import', { package: JSON.parse(FIXTURE) });
  await api(harness, 'vault.lock');
  await page.reload();
  await page.getByLabel('Your name').fill('Leila Nasser');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('wrong passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That passphrase does not open this vault.', { exact: false })).toBeVisible();
  await shot('02-unlock-wrong-passphrase');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();

  await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await shot('03-meetings');

  await page.goto(`${harness.url}committees/${imported.committeeId}`);
  await expect(page.getByRole('cell', { name: 'H.E. Mr. Ahmed Rashid Al-Kaabi' })).toBeVisible();
  await shot('04-committee-members');

  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  await expect(page.getByRole('dialog', { name: 'New meeting' }).getByLabel('No.')).toHaveValue('13');
  await shot('05-new-meeting');
  await page.keyboard.press('Escape');

  await page.goto(`${harness.url}people`);
  await expect(page.getByRole('cell', { name: 'Ahmed Rashid Al-Kaabi', exact: true })).toBeVisible();
  await shot('06-people');

  await page.goto(`${harness.url}meetings/${imported.meetingId}`);
  await expect(page.getByRole('heading', { name: '12th meeting' })).toBeVisible();
  await expect(page.getByTestId('quorum')).toBeVisible();
  await shot('07-meeting-details-attendance');
  await page.getByRole('listitem', { name: /^Item 1:/ }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    document.getElementById('main-content')!.scrollBy(0, -70);
  });
  await page.getByRole('button', { name: /^Move Item 1:/ }).focus();
  await page.keyboard.press('Space');
  await shot('08-meeting-agenda');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('menuitem', { name: 'Minutes (.docx)' })).toBeVisible();
  await shot('09-meeting-export-menu');
  await page.keyboard.press('Escape');

  await page.goto(`${harness.url}actions?status=all`);
  await expect(page.getByRole('row')).not.toHaveCount(1);
  await page.getByRole('button', { name: /^Add a progress note to:/ }).first().click();
  await page.getByRole('textbox', { name: 'Progress note', exact: true }).fill('Draft circulated to the ministries for comment.');
  await shot('10-action-tracker');
  await page.keyboard.press('Escape');

  await page.goto(`${harness.url}import`);
  const bad = JSON.parse(FIXTURE);
  delete bad.meeting.number;
  bad.people[1].key = bad.people[0].key;
  await page.locator('input[type="file"]').setInputFiles({ name: 'meeting-12.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-issues')).toBeVisible();
  await shot('11-import-problems');
});
