import { mkdirSync, readFileSync } from 'node:fs';
import { dayFromToday } from '../helpers/dates';
import { api, expect, PASSPHRASE, test } from './harness';

const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/trafficking-meeting.json', import.meta.url), 'utf8'));
const LATE = 'Submit the shelter capacity report to the committee';
const SOON = 'Brief the hotline staff on the referral form';

/** A local date some days from today, as the vault counts "overdue" where the secretary sits. */
interface RecordRead {
  agenda: { id: number; actions: { id: number; description: string; status: string }[] }[];
}

test("the chair's dashboard shows what is late; matters arising carry it into the next meeting, where progress updates the original", async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const { meetingId, committeeId } = await api<{ meetingId: number; committeeId: number }>(harness, 'packages.import', { package: FIXTURE });
  const record = await api<RecordRead>(harness, 'meetings.get', { id: meetingId });
  const itemId = record.agenda[0].id;
  const late = await api<{ id: number }>(harness, 'actions.add', { agendaItemId: itemId, description: LATE, ownerBody: 'Ministry of Social Development', dueDate: dayFromToday(-10) });
  await api(harness, 'actions.add', { agendaItemId: itemId, description: SOON, ownerBody: 'National hotline', dueDate: dayFromToday(5) });
  await api(harness, 'review.submit', { id: meetingId });

  await page.goto(harness.url);
  await page.getByRole('link', { name: "Chair's dashboard" }).click();
  await expect(page.getByRole('heading', { name: "Chair's dashboard", level: 1 })).toBeVisible();
  const overdue = page.getByRole('region', { name: 'Overdue actions' });
  const lateRow = overdue.getByRole('listitem').filter({ hasText: LATE });
  await expect(lateRow).toContainText('10 days overdue');
  await expect(lateRow).toContainText('Ministry of Social Development');
  await expect(lateRow.getByRole('link', { name: 'NCCTIP · meeting 12' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Due by / })).toContainText(SOON);
  await expect(page.getByRole('region', { name: /^Due by / })).toContainText('In 5 days');
  await expect(page.getByRole('region', { name: 'Minutes awaiting approval' })).toContainText('12th meeting');
  const tiles = page.getByRole('list', { name: 'At a glance' });
  const overdueCount = Number(await tiles.getByRole('link', { name: /Overdue actions/ }).getByTestId('tile-count').textContent());
  expect(overdueCount).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: `${OUT}/20-dashboard.png` });

  // The next meeting of the committee offers the matters arising.
  await page.goto(`${harness.url}committees/${committeeId}?tab=meetings`);
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(dialog.getByLabel('No.')).toHaveValue('13');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { name: '13th meeting' })).toBeVisible();
  const offer = page.getByTestId('arising-offer');
  await expect(offer).toContainText('open actions');
  await offer.getByRole('button', { name: 'Add matters arising' }).click();
  await expect(offer).toBeHidden();
  const arising = page.getByRole('listitem', { name: /^Item 1:/ }).getByRole('group', { name: 'Matters arising from previous meetings' });
  await expect(arising).toContainText(LATE);
  await expect(arising).toContainText('Refer case 2026/114 to the specialised court.');
  await arising.evaluate((el) => {
    const main = document.getElementById('main-content')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 160;
  });
  await page.screenshot({ path: `${OUT}/26-matters-arising.png` });

  // Marking the original done here is recorded on the original, and the dashboard no longer counts it.
  await arising.getByRole('combobox', { name: `Status of the original action: ${LATE}` }).selectOption('done');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const after = await api<RecordRead>(harness, 'meetings.get', { id: meetingId });
  expect(after.agenda[0].actions.find((a) => a.id === late.id)?.status).toBe('done');
  await page.getByRole('link', { name: "Chair's dashboard" }).click();
  await expect(page.getByRole('region', { name: 'Overdue actions' })).not.toContainText(LATE);
  await expect(page.getByRole('list', { name: 'At a glance' }).getByRole('link', { name: /Overdue actions/ }).getByTestId('tile-count')).toHaveText(String(overdueCount - 1));
});
