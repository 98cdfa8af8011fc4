import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../helpers/files';
import { api, expect, PASSPHRASE, test } from './harness';

const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/trafficking-meeting.json', import.meta.url), 'utf8'));
const PAGE = 4096;


test('backup settings take a folder, and "Back up now" writes a checked backup there', async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  const folder = join(harness.dir, 'backups');
  mkdirSync(folder);
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  await api(harness, 'packages.import', { package: FIXTURE });

  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const backups = settings.getByRole('region', { name: 'Backups' });
  await expect(backups.getByRole('button', { name: 'Back up now' })).toBeDisabled();
  await backups.getByLabel('Backup folder').fill('backups');
  await backups.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(backups.getByRole('alert')).toContainText('absolute path');

  await backups.getByLabel('Backup folder').fill(folder);
  await backups.getByLabel('Backups to keep').fill('5');
  await backups.getByLabel(/^Back up automatically/).check();
  await backups.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(backups).toContainText('No automatic backup yet');
  expect(await api(harness, 'backup.settings.get')).toMatchObject({ folder, keep: 5, enabled: true });

  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups).toContainText('Backup written and checked');
  const written = (await backups.getByTestId('backup-created').textContent())!;
  expect(written.startsWith(folder)).toBe(true);
  expect(existsSync(written)).toBe(true);
  expect(readdirSync(folder)).toHaveLength(1);
  await expect(backups).toContainText('1 backup in the folder');
  await page.screenshot({ path: `${OUT}/24-backup-settings.png` });
});

test('a damaged vault is explained, its latest backup restored as a new file and opened; the damaged file is left as it was', async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  const folder = join(harness.dir, 'backups');
  mkdirSync(folder);
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  await api(harness, 'packages.import', { package: FIXTURE });
  await api(harness, 'backup.settings.set', { folder, keep: 10, enabled: false });
  await api(harness, 'backup.create');
  await api(harness, 'vault.lock');

  // Damage one page in the middle of the file, as a failing disk would.
  const bytes = readFileSync(harness.vaultPath);
  const middle = Math.floor(bytes.length / PAGE / 2);
  expect(middle).toBeGreaterThan(4);
  bytes.fill(0x41, middle * PAGE + 100, middle * PAGE + 400);
  writeFileSync(harness.vaultPath, bytes);
  const damagedHash = sha256(harness.vaultPath);

  await page.goto(harness.url);
  await page.getByLabel('Your name').fill('Leila Nasser');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const damaged = page.getByTestId('damaged-vault');
  await expect(damaged).toContainText('This vault file is damaged');
  await expect(damaged).toContainText('committee.vault cannot be opened safely');
  await expect(damaged).toContainText('The latest backup was taken on');
  const restoreAs = damaged.getByLabel('Restore as');
  const target = join(harness.dir, 'committee-restored.vault');
  await expect(restoreAs).toHaveValue(target);
  await expect(damaged.getByLabel('Look for backups in')).toHaveValue(folder);
  await page.screenshot({ path: `${OUT}/25-damaged-vault-restore.png` });

  // An existing file is never overwritten: the restore asks for another name.
  writeFileSync(target, 'in the way');
  await damaged.getByRole('button', { name: 'Restore and open' }).click();
  await expect(damaged.getByText(/already exists; a restore never replaces a file/)).toBeVisible();
  const other = join(harness.dir, 'committee-restored-2.vault');
  await restoreAs.fill(other);
  await damaged.getByRole('button', { name: 'Restore and open' }).click();

  await expect(page.getByTestId('actor')).toHaveText('Working as Leila Nasser');
  await expect(page.getByRole('banner')).toContainText('committee-restored-2.vault');
  await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open the 12th meeting/ })).toBeVisible();
  expect(await api(harness, 'vault.status')).toMatchObject({ state: 'unlocked', path: other });
  expect(sha256(harness.vaultPath)).toBe(damagedHash);
  expect(readFileSync(target, 'utf8')).toBe('in the way');
});
