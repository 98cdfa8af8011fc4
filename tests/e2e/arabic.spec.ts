import { mkdirSync, readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { api, expect, PASSPHRASE, test } from './harness';

/**
 * The Arabic interface, as a secretary who works in Arabic uses it: the whole layout mirrors,
 * dates are written the Gulf's way, and the Arabic minutes are only produced once every text they
 * print has its Arabic version. Pictures go where screens.spec puts them (SCREENSHOT_DIR).
 */
const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const FIXTURE = readFileSync(new URL('../fixtures/bilingual-meeting.json', import.meta.url), 'utf8');
const NEW_ITEM = {
  title: 'Heat-stress guidance for delivery riders',
  titleAr: 'إرشادات الإجهاد الحراري لعمال التوصيل',
  minutes: 'The Ministry of Health presented draft guidance for delivery riders working at midday.',
  minutesAr: 'عرضت وزارة الصحة مسودة إرشادات لعمال التوصيل الذين يعملون وقت الظهيرة.',
};
const VENUE_AR = 'مبنى وزارة العمل، قاعة الاجتماعات ٢';

test('the Arabic interface: mirrored, translated, and the Arabic minutes once every text is in Arabic', async ({ page, harness }) => {
  mkdirSync(OUT, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}.png` });
  await api(harness, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
  const { meetingId } = await api<{ meetingId: number }>(harness, 'packages.import', { package: JSON.parse(FIXTURE) });
  // An item written in English only, and a venue whose Arabic was cleared: the Arabic minutes lack both.
  await api(harness, 'agenda.add', { meetingId, title: NEW_ITEM.title, minutes: NEW_ITEM.minutes });
  await api(harness, 'meetings.update', { id: meetingId, venueAr: '' });
  // The package names no representative; one is named, in Arabic as the Arabic minutes need.
  const { members } = await api<{ members: { personId: number; person: { name: string } }[] }>(harness, 'meetings.get', { id: meetingId });
  const represented = members.find((m) => m.person.name === "Daniel O'Connor")!;
  await api(harness, 'attendance.set', { meetingId, personId: represented.personId, status: 'represented', representedBy: 'السيد خالد الأنصاري' });

  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
  await page.getByRole('button', { name: 'العربية' }).click();

  // The layout mirrors and every word of the shell is Arabic; dates are Gregorian with Arabic-Indic digits.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
  for (const name of ['الاجتماعات', 'متابعة الإجراءات', 'اللجان', 'الأشخاص', 'استيراد']) await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'الاجتماعات' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'اللجنة العليا للسلامة والصحة المهنية' });
  await expect(row).toContainText('١٥ مارس ٢٠٢٦');
  await expect(row).toContainText('الثالث');
  // The navigation sits at the right: the start side of a right-to-left page.
  const navBox = (await nav.boundingBox())!;
  expect(navBox.x).toBeGreaterThan(1000);

  // The choice is remembered.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'الاجتماعات' })).toBeVisible();

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'الاجتماع الثالث' })).toBeVisible();
  await expect(page.getByTestId('quorum')).toContainText('النصاب مكتمل');
  await expect(page.getByLabel('المكان (بالإنجليزية)', { exact: true })).toHaveValue('Ministry of Labour, Meeting Room 2');
  const titleAr = page.getByRole('textbox', { name: 'عنوان البند ٥ (بالعربية)', exact: true });
  await expect(page.getByRole('textbox', { name: 'عنوان البند ٥ (بالإنجليزية)', exact: true })).toHaveValue(NEW_ITEM.title);
  // Each version keeps its own direction whatever the interface's: Mantine sets `dir` on the box around the input.
  const direction = (name: string) => page.getByRole('textbox', { name, exact: true }).evaluate((el) => getComputedStyle(el).direction);
  expect(await direction('عنوان البند ٥ (بالعربية)')).toBe('rtl');
  expect(await direction('عنوان البند ٥ (بالإنجليزية)')).toBe('ltr');
  await expect(titleAr).toHaveAttribute('lang', 'ar');
  await expect(titleAr).toHaveValue('');

  // The Arabic minutes are refused, and the screen lists what is missing.
  await page.getByRole('button', { name: 'تصدير…' }).click();
  await page.getByRole('menuitem', { name: 'المحضر بالعربية (ملف Word)' }).click();
  const gaps = page.getByTestId('arabic-gaps');
  await expect(gaps).toContainText('يحتاج المحضر العربي أولًا إلى النصوص العربية التالية');
  await expect(gaps.getByRole('listitem')).toHaveText(['مكان الاجتماع بالعربية', 'البند ٥: العنوان بالعربية', 'البند ٥: المحضر بالعربية']);
  await shot('12-arabic-missing-texts');

  // Each entry takes the secretary to its field; what is filled in is ticked off.
  await gaps.getByRole('button', { name: 'البند ٥: العنوان بالعربية' }).click();
  await expect(titleAr).toBeFocused();
  await page.keyboard.type(NEW_ITEM.titleAr);
  await expect(gaps.getByRole('listitem').filter({ hasText: 'البند ٥: العنوان بالعربية' })).toContainText('تمت التعبئة');
  await gaps.getByRole('button', { name: 'البند ٥: المحضر بالعربية' }).click();
  await expect(page.getByRole('textbox', { name: 'محضر البند ٥ (سري) (بالعربية)', exact: true })).toBeFocused();
  await page.keyboard.type(NEW_ITEM.minutesAr);
  await gaps.getByRole('button', { name: 'مكان الاجتماع بالعربية' }).click();
  await expect(page.getByLabel('المكان (بالعربية)', { exact: true })).toBeFocused();
  await page.keyboard.type(VENUE_AR);
  await expect(page.getByTestId('save-state')).toHaveText('تم الحفظ');

  // Typed beside the English and autosaved: still there after a reload.
  await page.reload();
  await expect(titleAr).toHaveValue(NEW_ITEM.titleAr);
  await expect(page.getByLabel('المكان (بالعربية)', { exact: true })).toHaveValue(VENUE_AR);
  await expect(page.getByRole('textbox', { name: 'عنوان البند ٥ (بالإنجليزية)', exact: true })).toHaveValue(NEW_ITEM.title);
  // Item 2 has a decision and actions: every text of it beside its Arabic version.
  await page.getByRole('listitem', { name: /^البند ٢:/ }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    document.getElementById('main-content')!.scrollBy(0, -90);
  });
  await shot('13-arabic-meeting-editor');

  // Now the Arabic minutes are made, with the new texts in them.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'تصدير…' }).click();
  await page.getByRole('menuitem', { name: 'المحضر بالعربية (ملف Word)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('HCOSH-Minutes-3rd-Meeting-2026-03-15-DRAFT-AR.docx');
  const documentXml = strFromU8(unzipSync(new Uint8Array(readFileSync(await file.path())))['word/document.xml']);
  expect(documentXml).toContain(NEW_ITEM.titleAr);
  expect(documentXml).toContain(VENUE_AR);
  expect(documentXml).not.toContain(NEW_ITEM.title);
  await expect(page.getByTestId('arabic-gaps')).toHaveCount(0);

  // The tracker, in Arabic: owners and descriptions in their Arabic versions, dates the Gulf's way.
  await page.getByRole('link', { name: 'متابعة الإجراءات' }).click();
  await page.getByLabel('الحالة', { exact: true }).selectOption('all');
  await expect(page.getByRole('heading', { name: 'متابعة الإجراءات' })).toBeVisible();
  await expect(page.getByTestId('tracker-count')).toHaveText('٤ إجراءات');
  await expect(page.getByRole('row').nth(1)).toContainText(/[٠-٩]+ (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) ٢٠٢٦/);
  await shot('14-arabic-tracker');

  // The press statements, in the Arabic interface: the Arabic one first, at the start side.
  await page.goto(`${harness.url}meetings/${meetingId}/press`);
  await expect(page.getByRole('heading', { name: 'البيانات الصحفية' })).toBeVisible();
  await expect(page.getByTestId('press-ar').getByRole('textbox', { name: 'العنوان الرئيسي' })).toHaveValue(/تعقد اجتماعها الثالث/);
  const [arabicBox, englishBox] = [(await page.getByTestId('press-ar').boundingBox())!, (await page.getByTestId('press-en').boundingBox())!];
  expect(arabicBox.x).toBeGreaterThan(englishBox.x);
  await shot('16-arabic-press-editor');

  // Back to English: the layout turns back.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'Press statements' })).toBeVisible();
});
