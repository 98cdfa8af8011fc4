import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call } from '../../../src/core/dispatcher';
import type { MeetingPackage } from '../../../src/shared/meetingPackage';
import { BILINGUAL_MEETING } from '../../helpers/paths';
import { newVault } from '../../helpers/vault';

const BILINGUAL = JSON.parse(readFileSync(BILINGUAL_MEETING, 'utf8')) as MeetingPackage;

/** Every `…Ar` field of a package, by its JSON path, with people keyed by name (export derives its own keys). */
function arabicFields(pkg: MeetingPackage): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k.endsWith('Ar')) out[`${path}.${k}`] = v;
        else walk(v, `${path}.${k}`);
      }
  };
  walk({ ...pkg, people: undefined }, '');
  for (const p of pkg.people) walk(p, `person(${p.name})`);
  return out;
}

describe('bilingual meeting packages', () => {
  it('the fixture fills every Arabic field the format has', () => {
    const fields = Object.keys(arabicFields(BILINGUAL)).map((path) => path.replace(/\[\d+\]/g, '[]').replace(/^person\([^)]*\)/, 'person'));
    expect(new Set(fields)).toEqual(
      new Set([
        '.committee.nameAr',
        '.committee.legalBasisAr',
        'person.honorificAr',
        'person.nameAr',
        'person.positionAr',
        'person.organisationAr',
        '.meeting.venueAr',
        '.meeting.openingRemarksAr',
        '.meeting.closingRemarksAr',
        '.meeting.agenda[].titleAr',
        '.meeting.agenda[].minutesAr',
        '.meeting.agenda[].publicSummaryAr',
        '.meeting.agenda[].decisions[].textAr',
        '.meeting.agenda[].actions[].descriptionAr',
      ]),
    );
    expect(Object.values(arabicFields(BILINGUAL)).every((v) => typeof v === 'string' && /\p{Script=Arabic}/u.test(v))).toBe(true);
  });

  it('carries every Arabic field through import and export, and again into a second vault', async () => {
    const first = await newVault();
    const a = await call(first.host, 'packages.import', { package: BILINGUAL });
    const once = await call(first.host, 'packages.export', { meetingId: a.meetingId });
    expect(arabicFields(once)).toEqual(arabicFields(BILINGUAL));

    const second = await newVault({}, 'Tariq Aziz');
    const b = await call(second.host, 'packages.import', { package: once });
    const twice = await call(second.host, 'packages.export', { meetingId: b.meetingId });
    expect(twice).toEqual(once);
  });
});
