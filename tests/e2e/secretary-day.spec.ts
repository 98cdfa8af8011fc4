import type { Locator, Page } from '@playwright/test';
import { expect, PASSPHRASE, test } from './harness';

const COMMITTEE = 'National Committee to Combat Human Trafficking';
const PEOPLE = [
  { honorific: 'H.E. Mr.', name: 'Khalid Al-Mansoori', position: 'Deputy Minister', organisation: 'Ministry of Interior', role: 'chair' },
  { honorific: 'Dr.', name: 'Amina Yusuf', position: 'Director of Social Protection', organisation: 'Ministry of Social Development', role: 'member' },
  { honorific: 'Ms.', name: 'Sara Haddad', position: 'Head of Legal Affairs', organisation: 'Public Prosecution', role: 'member' },
] as const;
const ITEMS = [
  {
    title: 'National referral mechanism',
    minutes: 'The committee reviewed the draft referral mechanism. The Ministry of Interior raised concerns on shelter capacity.',
    summary: 'The committee discussed the national referral mechanism for victims.',
    decision: 'Approve the national referral mechanism subject to the comments recorded.',
    action: 'Circulate the final referral mechanism to all member bodies',
    owner: 'Dr. Amina Yusuf',
    due: '2030-04-30',
  },
  {
    title: 'Awareness campaign 2026',
    minutes: 'The secretariat presented the campaign plan and budget.',
    summary: 'The committee endorsed an awareness campaign for 2026.',
    decision: 'Endorse the 2026 awareness campaign plan.',
    action: 'Prepare the campaign budget request',
    owner: 'Ms. Sara Haddad',
    due: '2030-05-15',
  },
] as const;

async function createVault(page: Page) {
  await page.getByLabel('Your name').fill('Leila Nasser');
  await page.getByLabel('New passphrase').fill('too short');
  await page.getByLabel('Repeat the passphrase').fill('too short');
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByText('Too short: use at least 12 characters.')).toBeVisible();
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByTestId('actor')).toHaveText('Working as Leila Nasser');
}

function agendaItem(page: Page, n: number): Locator {
  return page.getByRole('listitem', { name: new RegExp(`^Item ${n}:`) });
}

async function expectMeetingIntact(page: Page, actionStatus: 'open' | 'done') {
  await expect(page.getByRole('heading', { name: '1st meeting' })).toBeVisible();
  await expect(page.getByLabel('Venue', { exact: true })).toHaveValue('Ministry of Interior, Hall 2');
  await expect(page.getByRole('textbox', { name: 'Opening remarks', exact: true })).toHaveValue('The chair welcomed the members.');
  await expect(page.getByRole('group', { name: `Attendance of ${PEOPLE[0].honorific} ${PEOPLE[0].name}` }).getByRole('radio', { name: 'Present', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: `Attendance of ${PEOPLE[1].honorific} ${PEOPLE[1].name}` }).getByRole('radio', { name: 'Apologies', exact: true })).toBeChecked();
  await expect(page.getByLabel(`Representative of ${PEOPLE[2].honorific} ${PEOPLE[2].name}`, { exact: true })).toHaveValue('Mr. Omar Saleh');
  await expect(page.getByTestId('quorum')).toContainText('Quorum met');
  for (const [i, item] of ITEMS.entries()) {
    const card = agendaItem(page, i + 1);
    await expect(card.getByLabel(`Title of item ${i + 1}`, { exact: true })).toHaveValue(item.title);
    await expect(card.getByLabel(`Minutes (confidential) of item ${i + 1}`, { exact: true })).toHaveValue(item.minutes);
    await expect(card.getByLabel(`Public summary of item ${i + 1}`, { exact: true })).toHaveValue(item.summary);
    await expect(card.getByRole('textbox', { name: /^Text of decision \S+$/ })).toHaveValue(item.decision);
    await expect(card.getByLabel(`Description of action: ${item.action}`, { exact: true })).toHaveValue(item.action);
    await expect(card.getByLabel(`Owner of action: ${item.action}`, { exact: true }).locator('option:checked')).toHaveText(item.owner);
    await expect(card.getByLabel(`Due date of action: ${item.action}`, { exact: true })).toHaveValue(item.due);
  }
  await expect(agendaItem(page, 1).getByLabel(/^Public item/)).toBeChecked();
  await expect(agendaItem(page, 1).getByLabel(`Status of action: ${ITEMS[0].action}`, { exact: true })).toHaveValue(actionStatus);
}

test("the secretary's whole day", async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByTestId('vault-path')).toHaveText(harness.vaultPath);
  await createVault(page);

  // The committee and its people.
  await page.getByRole('link', { name: 'Committees' }).click();
  await page.getByRole('button', { name: 'New committee' }).click();
  const committeeDialog = page.getByRole('dialog', { name: 'New committee' });
  await committeeDialog.getByRole('textbox', { name: 'Name', exact: true }).fill(COMMITTEE);
  await committeeDialog.getByLabel('Short name').fill('NCCHT');
  await committeeDialog.getByRole('button', { name: 'Create committee' }).click();
  await expect(page.getByRole('heading', { name: COMMITTEE })).toBeVisible();

  for (const person of PEOPLE) {
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByLabel('Role', { exact: true }).selectOption(person.role);
    await dialog.getByLabel('Honorific', { exact: true }).fill(person.honorific);
    await dialog.getByRole('textbox', { name: 'Full name', exact: true }).fill(person.name);
    await dialog.getByLabel('Position', { exact: true }).fill(person.position);
    await dialog.getByLabel('Organisation', { exact: true }).fill(person.organisation);
    await dialog.getByRole('button', { name: 'Add to committee' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name: `${person.honorific} ${person.name}` })).toBeVisible();
  }
  await expect(page.getByLabel(`Role of ${PEOPLE[0].name}`, { exact: true })).toHaveValue('chair');

  // A meeting: the next number is suggested.
  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  const meetingDialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(meetingDialog.getByLabel('No.')).toHaveValue('1');
  await meetingDialog.getByLabel('Date').fill('2026-03-15');
  await meetingDialog.getByLabel('Starts').fill('10:00');
  await meetingDialog.getByLabel('Venue').fill('Ministry of Interior, Hall 2');
  await meetingDialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { name: '1st meeting' })).toBeVisible();

  // Attendance, one click each; the quorum follows.
  await expect(page.getByTestId('quorum')).toContainText('No quorum');
  await page.getByRole('group', { name: `Attendance of ${PEOPLE[0].honorific} ${PEOPLE[0].name}` }).getByRole('radio', { name: 'Present', exact: true }).check();
  await page.getByRole('group', { name: `Attendance of ${PEOPLE[1].honorific} ${PEOPLE[1].name}` }).getByRole('radio', { name: 'Apologies', exact: true }).check();
  await expect(page.getByTestId('quorum')).toContainText('1 of 3 voting members');
  await page.getByRole('group', { name: `Attendance of ${PEOPLE[2].honorific} ${PEOPLE[2].name}` }).getByRole('radio', { name: 'Represented', exact: true }).check();
  await page.getByLabel(`Representative of ${PEOPLE[2].honorific} ${PEOPLE[2].name}`, { exact: true }).fill('Mr. Omar Saleh');
  await page.getByLabel(`Representative of ${PEOPLE[2].honorific} ${PEOPLE[2].name}`, { exact: true }).press('Enter');
  await expect(page.getByTestId('quorum')).toContainText('Quorum met');
  await expect(page.getByTestId('quorum')).toContainText('2 of 3 voting members');

  await page.getByRole('textbox', { name: 'Opening remarks', exact: true }).fill('The chair welcomed the members.');

  // Two agenda items, each with a decision and an action.
  for (const [i, item] of ITEMS.entries()) {
    const n = i + 1;
    await page.getByLabel('New agenda item').fill(item.title);
    await page.getByRole('button', { name: 'Add item' }).click();
    const card = agendaItem(page, n);
    await expect(card.getByLabel(`Title of item ${n}`, { exact: true })).toHaveValue(item.title);
    await card.getByLabel(`Minutes (confidential) of item ${n}`, { exact: true }).fill(item.minutes);
    await card.getByLabel(`Public summary of item ${n}`, { exact: true }).fill(item.summary);
    if (n === 1) await card.getByLabel(/^Public item/).check();
    await card.getByLabel(`New decision for item ${n}`, { exact: true }).fill(item.decision);
    await card.getByRole('button', { name: 'Add decision' }).click();
    await expect(card.getByRole('textbox', { name: /^Text of decision \S+$/ })).toHaveValue(item.decision);
    await card.getByLabel(`New action for item ${n}`, { exact: true }).fill(item.action);
    await card.getByLabel(`Owner of the new action for item ${n}`, { exact: true }).selectOption({ label: item.owner });
    await card.getByLabel(`Due date of the new action for item ${n}`, { exact: true }).fill(item.due);
    await card.getByLabel(`Decision the new action for item ${n} implements`, { exact: true }).selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Add action' }).click();
    await expect(card.getByLabel(`Description of action: ${item.action}`, { exact: true })).toHaveValue(item.action);
  }
  await page.getByLabel('Venue', { exact: true }).fill('Ministry of Interior, Hall 2');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Whatever was shown as saved survives a reload.
  await page.reload();
  await expectMeetingIntact(page, 'open');

  // The tracker finds the action; it is marked done with a note, inline.
  await page.getByRole('link', { name: 'Action tracker' }).click();
  const row = page.getByRole('row').filter({ hasText: ITEMS[0].action });
  await expect(row).toContainText('Amina Yusuf');
  await expect(row).toContainText('30 Apr 2030');
  await expect(page.getByRole('row').filter({ hasText: ITEMS[1].action })).toBeVisible();
  await row.getByRole('button', { name: `Add a progress note to: ${ITEMS[0].action}` }).click();
  await page.getByRole('textbox', { name: 'Progress note', exact: true }).fill('Circulated to all member bodies on 20 March.');
  await page.getByLabel('Status after this note').selectOption('done');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(row.getByLabel(`Status of action: ${ITEMS[0].action}`, { exact: true })).toHaveValue('done');
  await expect(row).toContainText('Circulated to all member bodies on 20 March.');
  await page.getByLabel('Status', { exact: true }).selectOption('done');
  await expect(page.getByTestId('tracker-count')).toHaveText('1 action');
  await expect(page.getByRole('row').filter({ hasText: ITEMS[0].action })).toBeVisible();

  // Lock, a wrong passphrase, unlock: everything is still there.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByText('The vault is locked.')).toBeVisible();
  await expect(page.getByText(ITEMS[0].action)).toHaveCount(0);
  await expect(page.getByLabel('Your name')).toHaveValue('Leila Nasser');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That passphrase does not open this vault.', { exact: false })).toBeVisible();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('actor')).toHaveText('Working as Leila Nasser');

  await page.getByRole('link', { name: 'Meetings' }).click();
  const meetingRow = page.getByRole('row').filter({ hasText: COMMITTEE });
  await expect(meetingRow).toContainText('15 Mar 2026');
  await expect(meetingRow.getByRole('cell').nth(5)).toHaveText('2');
  await expect(meetingRow.getByRole('cell').nth(6)).toHaveText('1');
  await meetingRow.getByRole('link').click();
  await expectMeetingIntact(page, 'done');
});
