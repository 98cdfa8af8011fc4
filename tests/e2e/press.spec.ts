import { mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Download } from '@playwright/test';
import { api, expect, PASSPHRASE, test } from './harness';

/** The press statements of a meeting: a draft from the meeting, edited, saved, approved, exported. */
const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const FIXTURE = readFileSync(new URL('../fixtures/bilingual-meeting.json', import.meta.url), 'utf8');
const HEADLINE = 'Safety committee prepares for the summer outdoor work ban';
const ADDED = 'Employers are reminded that the ban applies from 15 June.';

async function documentText(download: Download): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['word/document.xml']);
}

test('a press statement is generated, edited, saved, approved and exported', async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const pkg = JSON.parse(FIXTURE);
  const { meetingId, committeeId } = await api<{ meetingId: number; committeeId: number }>(harness, 'packages.import', { package: pkg });
  // Without the Arabic legal basis the Arabic draft cannot cite the mandate, so it is not generated.
  await api(harness, 'committees.update', { id: committeeId, legalBasisAr: '' });

  await page.goto(`${harness.url}meetings/${meetingId}`);
  await page.getByRole('link', { name: 'Press statement' }).click();
  await expect(page.getByRole('heading', { name: 'Press statements' })).toBeVisible();
  const english = page.getByTestId('press-en');
  const headline = english.getByRole('textbox', { name: 'Headline' });
  const body = english.getByRole('textbox', { name: 'Body' });

  // A draft from the meeting: public summaries, never the confidential minutes; not stored yet.
  await expect(english).toContainText('Generated from the meeting; not saved until you edit or save it.');
  await expect(headline).toHaveValue(/Higher Committee for Occupational Safety and Health holds its third meeting/);
  await expect(body).toHaveValue(/The committee reviewed preparations for the summer midday outdoor work ban/);
  await expect(body).not.toHaveValue(/confidential|Director of Inspection presented the inspection plan/);
  await expect(page.getByTestId('press-status-en')).toHaveText('Draft');

  // The Arabic statement lists what it lacks; the link opens the committee's form at that field.
  const arabic = page.getByTestId('press-ar');
  await expect(arabic.getByTestId('arabic-gaps')).toContainText('Committee: legal basis in Arabic');
  await expect(arabic.getByRole('button', { name: 'Write the Arabic statement by hand' })).toBeVisible();
  await arabic.getByRole('button', { name: 'Committee: legal basis in Arabic' }).click();
  const form = page.getByRole('dialog', { name: 'Edit committee' });
  await expect(form.getByRole('textbox', { name: 'Legal basis in Arabic' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Legal basis in Arabic' }).fill(pkg.committee.legalBasisAr);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await page.goBack();
  await expect(arabic.getByRole('textbox', { name: 'Headline' })).toHaveValue(/اللجنة العليا للسلامة والصحة المهنية/);
  expect(await arabic.getByRole('textbox', { name: 'Body' }).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  // Edits are saved as they are typed and survive a reload.
  await headline.fill(HEADLINE);
  await body.press('ControlOrMeta+End');
  await body.pressSequentially(`\n\n${ADDED}`);
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(english).not.toContainText('not saved until');
  await page.reload();
  await expect(headline).toHaveValue(HEADLINE);
  await expect(body).toHaveValue(new RegExp(ADDED));

  // Regenerating asks before replacing edited text; cancelling keeps it.
  await english.getByRole('button', { name: 'Regenerate from the meeting' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace the statement?' });
  await expect(confirm).toContainText('The text written so far will be lost.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(headline).toHaveValue(HEADLINE);
  await page.screenshot({ path: `${OUT}/15-press-editor.png` });

  // Approved for release: locked, and exported as approved.
  await english.getByRole('button', { name: 'Approve for release' }).click();
  await expect(page.getByTestId('press-status-en')).toHaveText('Approved for release');
  await expect(english).toContainText('Approved for release by Leila Nasser');
  await expect(headline).toHaveAttribute('readonly', '');
  await expect(english.getByRole('button', { name: 'Regenerate from the meeting' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('press-status-en')).toHaveText('Approved for release');
  await expect(headline).toHaveAttribute('readonly', '');
  const download = page.waitForEvent('download');
  await english.getByRole('button', { name: 'Export (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('HCOSH-Press-Statement-2026-03-15.docx');
  const xml = await documentText(file);
  expect(xml).toContain(HEADLINE);
  expect(xml).toContain(ADDED);

  // Reopened as a draft, it can be edited again; the Arabic statement was never touched.
  await english.getByRole('button', { name: 'Reopen as draft' }).click();
  await expect(page.getByTestId('press-status-en')).toHaveText('Draft');
  await expect(headline).not.toHaveAttribute('readonly');
  await expect(page.getByTestId('press-status-ar')).toHaveText('Draft');
  await expect(arabic).toContainText('Generated from the meeting; not saved until you edit or save it.');
});
