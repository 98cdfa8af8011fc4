import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The example package beside the design notes, one folder above the checkout. */
export const SAMPLE_MEETING = join(ROOT, '..', 'shared', 'fixtures', 'sample-meeting.json');
export const TRAFFICKING_MEETING = join(ROOT, 'tests', 'fixtures', 'trafficking-meeting.json');
export const BILINGUAL_MEETING = join(ROOT, 'tests', 'fixtures', 'bilingual-meeting.json');
