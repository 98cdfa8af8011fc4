import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { api, expect, PASSPHRASE, test } from './harness';

const FIXTURE = new URL('../fixtures/trafficking-meeting.json', import.meta.url);

const titles = (page: Page) => page.getByRole('textbox', { name: /^Title of item \d+$/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test('agenda items reorder by keyboard and by drag, and the order is saved', async ({ page, harness }) => {
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const committee = await api<{ id: number }>(harness, 'committees.create', { name: 'Reorder Committee' });
  const meeting = await api<{ id: number }>(harness, 'meetings.create', { committeeId: committee.id, startsAt: '2026-03-15T10:00:00+03:00' });
  for (const title of ['Alpha', 'Bravo', 'Charlie']) await api(harness, 'agenda.add', { meetingId: meeting.id, title });
  await page.goto(`${harness.url}meetings/${meeting.id}`);
  await expect.poll(() => titles(page)).toEqual(['Alpha', 'Bravo', 'Charlie']);

  // Keyboard only: pick Charlie up, two places up, drop.
  await page.getByRole('button', { name: 'Move Item 3: Charlie' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect.poll(() => titles(page)).toEqual(['Charlie', 'Alpha', 'Bravo']);
  await expect(page.getByRole('button', { name: 'Move Item 1: Charlie' })).toBeFocused();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Drag Alpha by its handle onto the upper half of the first item; both are brought on screen
  // first, below the editor's sticky header.
  const first = page.getByRole('listitem', { name: 'Item 1: Charlie' });
  await first.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    document.getElementById('main-content')!.scrollBy(0, -80);
  });
  await page.getByRole('button', { name: 'Move Item 2: Alpha' }).dragTo(first, { targetPosition: { x: 300, y: 60 } });
  await expect.poll(() => titles(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.reload();
  await expect.poll(() => titles(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);
});

test('a bad package is refused with every problem listed; a good one is imported', async ({ page, harness }) => {
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const good = readFileSync(FIXTURE, 'utf8');
  const bad = JSON.parse(good);
  delete bad.meeting.number;
  bad.meeting.attendance[0].person = 'nobody';
  bad.meeting.agenda[0].title = '';

  await page.goto(`${harness.url}import`);
  const file = page.locator('input[type="file"]');
  await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const issues = page.getByTestId('import-issues');
  await expect(issues).toContainText('meeting.number');
  await expect(issues).toContainText('meeting.attendance[0].person');
  await expect(issues).toContainText('meeting.agenda[0].title');
  await expect(page.getByText('Nothing was written to the vault.')).toBeVisible();
  expect(await api<unknown[]>(harness, 'committees.list', {})).toEqual([]);

  await file.setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('The file is not valid JSON', { exact: false })).toBeVisible();

  await file.setInputFiles({ name: 'trafficking-meeting.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Meeting imported')).toBeVisible();
  await page.getByRole('link', { name: 'Open the meeting' }).click();
  await expect(page.getByRole('link', { name: 'National Committee to Combat Trafficking in Persons' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Item 1:/ })).toBeVisible();
});
