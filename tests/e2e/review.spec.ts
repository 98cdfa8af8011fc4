import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { api, expect, PASSPHRASE, test } from './harness';

/** Pictures of these screens go where screens.spec.ts puts its own (SCREENSHOT_DIR to refresh docs/screenshots). */
const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/trafficking-meeting.json', import.meta.url), 'utf8'));
const SECRETARY = 'Leila Nasser';
const CHAIR = 'H.E. Mr. Ahmed Rashid Al-Kaabi';
const OLD_TITLE = 'Case update: referrals from the national hotline';
const NEW_TITLE = 'Case update: hotline referrals and case 2026/114';

interface RecordRead {
  agenda: { id: number; title: string; decisions: { id: number; number: string; text: string }[] }[];
}

/** Locks from the header and unlocks again under another name, as a second person at the same desk would. */
async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('actor')).toHaveText(`Working as ${name}`);
}

function item(page: Page, n: number) {
  return page.getByRole('listitem', { name: new RegExp(`^Item ${n}:`) });
}

test('the chair reviews, comments, approves; approved minutes are locked and amended with a reason', async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: SECRETARY });
  const { meetingId } = await api<{ meetingId: number }>(harness, 'packages.import', { package: FIXTURE });
  const record = await api<RecordRead>(harness, 'meetings.get', { id: meetingId });
  const decision = record.agenda[0].decisions[0];
  const workflow = page.getByTestId('workflow');

  // The secretary corrects a title, then submits the minutes.
  await page.goto(`${harness.url}meetings/${meetingId}`);
  await expect(workflow).toContainText('Draft minutes');
  const title = item(page, 1).getByRole('textbox', { name: 'Title of item 1', exact: true });
  await expect(title).toHaveValue(OLD_TITLE);
  await title.fill(NEW_TITLE);
  await title.press('Tab');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await workflow.getByRole('button', { name: 'Submit for review…' }).click();
  await page.getByRole('dialog', { name: 'Submit the minutes for review' }).getByRole('button', { name: 'Submit for review' }).click();
  await expect(workflow).toContainText('In review by the chair');
  await expect(workflow).toContainText(`Submitted by ${SECRETARY}`);

  // The chair comments on the first item, and cannot approve while the comment is open.
  await switchTo(page, CHAIR);
  await item(page, 1).getByRole('button', { name: 'Comment on item 1' }).click();
  await item(page, 1).getByRole('textbox', { name: 'Comment on item 1' }).fill('Name the court the case was referred to.');
  await item(page, 1).getByRole('button', { name: 'Add comment' }).click();
  const thread = item(page, 1).getByRole('group', { name: 'Review comments on item 1' });
  await expect(thread).toContainText('Name the court the case was referred to.');
  await expect(thread).toContainText(CHAIR);
  await expect(workflow).toContainText('1 comment is open');

  await workflow.getByRole('button', { name: 'Approve…' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve the minutes' });
  await expect(approve).toContainText('1 review comment is still open');
  await approve.getByRole('button', { name: 'Approve and lock' }).click();
  await expect(approve.getByText(/on the minutes of meeting 12 still open: resolve it before approving/)).toBeVisible();
  await approve.getByRole('button', { name: 'Cancel' }).click();
  await expect(workflow).toContainText('In review by the chair');
  await item(page, 1).evaluate((el) => {
    // Only the main pane scrolls; scrollIntoView would shift the whole window too.
    const main = document.getElementById('main-content')!;
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 100;
  });
  await page.screenshot({ path: `${OUT}/21-meeting-in-review.png` });

  // The secretary resolves it; the chair approves.
  await switchTo(page, SECRETARY);
  await thread.getByRole('button', { name: /^Resolve the comment: Name the court/ }).click();
  await expect(thread.getByText('Show 1 resolved comment')).toBeVisible();
  await expect(workflow).toContainText('No open comments.');
  await switchTo(page, CHAIR);
  await workflow.getByRole('button', { name: 'Approve…' }).click();
  await page.getByRole('dialog', { name: 'Approve the minutes' }).getByRole('button', { name: 'Approve and lock' }).click();

  // Approved: a banner with who and when, every field read-only, "Amend…" instead.
  await expect(workflow).toContainText(`by ${CHAIR}`);
  await expect(workflow).toContainText(/Approved on \d{1,2} \w{3} \d{4}/);
  await expect(workflow).toContainText('approved and locked');
  await expect(title).toBeDisabled();
  await expect(item(page, 1).getByRole('textbox', { name: `Text of decision ${decision.number}`, exact: true })).toBeDisabled();
  await expect(workflow.getByRole('button', { name: 'Submit for review…' })).toHaveCount(0);
  await page.getByRole('heading', { name: 'Amendments' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('No amendments.', { exact: false })).toBeVisible();
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}/22-meeting-approved.png` });

  // A correction is an amendment: the decision's text, with a reason.
  const amended = 'Refer case 2026/114 to the specialised criminal court in the capital.';
  await workflow.getByRole('button', { name: 'Amend…' }).click();
  const amend = page.getByRole('dialog', { name: 'Amend the approved minutes' });
  await amend.getByLabel('Part of the minutes').selectOption({ label: `Decision ${decision.number}` });
  await expect(amend.getByLabel('Field')).toHaveValue('text');
  await expect(amend.getByTestId('amend-before')).toHaveText(decision.text);
  await amend.getByLabel('Amended to').fill(amended);
  await amend.getByLabel('Reason for the amendment').fill('The chair named the court at the 13th meeting.');
  await amend.getByRole('button', { name: 'Record the amendment' }).click();
  await expect(amend).toBeHidden();
  const annex = page.getByRole('region', { name: 'Amendments' });
  await expect(annex.getByRole('row')).toHaveCount(2);
  await expect(annex).toContainText(`Decision ${decision.number}`);
  await expect(annex).toContainText(decision.text);
  await expect(annex).toContainText(amended);
  await expect(annex).toContainText('The chair named the court at the 13th meeting.');
  await expect(annex).toContainText(CHAIR);
  await expect(item(page, 1).getByRole('textbox', { name: `Text of decision ${decision.number}`, exact: true })).toHaveValue(amended);
  expect((await api<RecordRead>(harness, 'meetings.get', { id: meetingId })).agenda[0].decisions[0].text).toBe(amended);

  // The history of the item shows who changed its title, from what to what.
  await workflow.getByRole('button', { name: 'History of this meeting and its records' }).click();
  const drawer = page.getByRole('dialog', { name: 'History' });
  await drawer.getByLabel('Record').selectOption({ label: `Item 1: ${NEW_TITLE}` });
  const changes = drawer.getByRole('list', { name: `Changes to Item 1: ${NEW_TITLE}, newest first` });
  const retitled = changes.getByRole('listitem').filter({ hasText: 'Agenda item changed' }).filter({ hasText: OLD_TITLE });
  await expect(retitled).toContainText(SECRETARY);
  await expect(retitled.getByTestId('history-before')).toHaveText(OLD_TITLE);
  await expect(retitled.getByTestId('history-after')).toHaveText(NEW_TITLE);
  await expect(changes.getByRole('listitem').last()).toContainText('Agenda item added');
  await page.screenshot({ path: `${OUT}/23-history-drawer.png` });
  await drawer.getByLabel('Record').selectOption({ label: `Decision ${decision.number}` });
  await expect(drawer.getByRole('list', { name: `Changes to Decision ${decision.number}, newest first` }).getByRole('listitem').first()).toContainText('Decision amended');
});
