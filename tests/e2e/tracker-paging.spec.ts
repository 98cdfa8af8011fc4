import { readFileSync } from 'node:fs';
import { dayFromToday } from '../helpers/dates';
import { api, expect, PASSPHRASE, test } from './harness';

/**
 * The tracker reads its rows a page at a time as they scroll into view, with the count from
 * the host. A package adds 350 actions to the two of the fixture: four pages of the screen's 100.
 */
const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/trafficking-meeting.json', import.meta.url), 'utf8'));
const MANY = 350;
const label = (i: number) => `Follow-up action ${String(i).padStart(3, '0')}`;

/** A local date some days from today, as the vault counts "overdue" where the secretary sits. */
interface RecordRead {
  agenda: { actions: { id: number; description: string }[] }[];
}

test('the tracker pages through more actions than one read brings, and counts and filters them on the host', async ({ page, harness }) => {
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const pkg = structuredClone(FIXTURE);
  const [first, second] = pkg.meeting.agenda;
  // The fixture's two actions are overdue, in order; the others fall due one a day from tomorrow.
  first.actions[0].due = dayFromToday(-20);
  second.actions[0].due = dayFromToday(-10);
  pkg.meeting.agenda.push({
    title: 'Register of follow-up actions',
    public: false,
    actions: Array.from({ length: MANY }, (_, k) => ({ description: label(k + 1), ownerBody: 'Secretariat', due: dayFromToday(k + 1) })),
  });
  const { meetingId } = await api<{ meetingId: number }>(harness, 'packages.import', { package: pkg });
  const record = await api<RecordRead>(harness, 'meetings.get', { id: meetingId });
  const late = record.agenda[0].actions[0];
  await api(harness, 'actions.update', { id: late.id, status: 'in_progress' });

  await page.goto(`${harness.url}actions`);
  const table = page.getByRole('table', { name: 'Action tracker' });
  await expect(page.getByTestId('tracker-count')).toHaveText('352 actions');
  await expect(table).toHaveAttribute('aria-rowcount', '353');
  await expect(table.getByRole('row').nth(1)).toContainText(late.description);
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');

  // The middle, on the second page: each row in its place.
  const scroller = table.getByRole('rowgroup').nth(1);
  await scroller.evaluate((el) => (el.scrollTop = 150 * 52));
  const middle = table.locator('[aria-rowindex="153"]');
  await expect(middle).toContainText(label(150));
  await expect(table.locator('[aria-rowindex="152"]')).toContainText(label(149));

  // Marked done there, the row stays where it is until the list is read again.
  await middle.getByLabel(`Status of action: ${label(150)}`).selectOption('done');
  await expect(middle.getByLabel(`Status of action: ${label(150)}`)).toHaveValue('done');
  await expect(middle).toContainText(label(150));
  await expect(page.getByTestId('tracker-count')).toHaveText('352 actions');

  // The end, on the fourth page, read since: it no longer counts that action, so the count and
  // every page are read again, in agreement; the last action is the last row.
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByTestId('tracker-count')).toHaveText('351 actions');
  await expect(table).toHaveAttribute('aria-rowcount', '352');
  const last = table.locator('[aria-rowindex="352"]');
  await expect(last).toContainText(label(MANY));
  await expect(last).toBeInViewport();
  await expect(table.locator('[aria-rowindex="351"]')).toContainText(label(MANY - 1));
  await expect(table.locator('[aria-busy="true"]')).toHaveCount(0);

  // A status and "Overdue only" together are one filter of the host: its count is the rows'.
  const filters = page.getByRole('search', { name: 'Filter actions' });
  // The box follows the address, which changes a moment after the click.
  await filters.getByLabel('Overdue only').click();
  await expect(filters.getByLabel('Overdue only')).toBeChecked();
  await expect(page.getByTestId('tracker-count')).toHaveText('2 actions');
  await filters.getByLabel('Status', { exact: true }).selectOption('in_progress');
  await expect(page.getByTestId('tracker-count')).toHaveText('1 action');
  await expect(table).toHaveAttribute('aria-rowcount', '2');
  await expect(table.getByRole('row').nth(1)).toContainText(late.description);
  await filters.getByLabel('Status', { exact: true }).selectOption('done');
  await expect(page.getByTestId('tracker-count')).toHaveText('0 actions');
  await expect(page.getByText('No action items match these filters.')).toBeVisible();

  // Done without "Overdue only": the action marked done above. Back to every open action: from the top.
  await filters.getByLabel('Overdue only').click();
  await expect(filters.getByLabel('Overdue only')).not.toBeChecked();
  await expect(page.getByTestId('tracker-count')).toHaveText('1 action');
  await expect(table.getByRole('row').nth(1)).toContainText(label(150));
  await filters.getByLabel('Status', { exact: true }).selectOption('active');
  await expect(page.getByTestId('tracker-count')).toHaveText('351 actions');
  await expect(table.getByRole('row').nth(1)).toContainText(late.description);
});
