import type { MeetingRecord } from '../../shared/domain';
import { arabicDate, arabicDesignation, arabicList, arabicOrdinal, arabicSentence, arabicWeekday, decisionCount, genderOf } from './arabic';
import { arabicPublicView } from './arabicFields';
import { splitParagraphs, type DocLang } from './docxKit';
import { capitalise, committeeFirstMention, designation, fullName, isClause, longDate, roleHolder, sentence, shortName, theCommittee, weekday } from './format';
import type { PressDraft, PublicMeetingView } from './model';
import { ordinalWord } from './ordinals';

export function publicView(record: MeetingRecord): PublicMeetingView {
  const { committee, meeting } = record;
  const chair = roleHolder(record, 'chair')?.person;
  const secretary = roleHolder(record, 'secretary')?.person;
  const bodies: string[] = [];
  for (const m of record.members) {
    const org = m.person.organisation?.trim();
    if (m.active && m.role !== 'secretary' && m.role !== 'observer' && org && !bodies.includes(org)) bodies.push(org);
  }
  return {
    committee: { name: committee.name, shortName: committee.shortName, legalBasis: committee.legalBasis },
    number: meeting.number,
    startsAt: meeting.startsAt,
    venue: meeting.venue,
    openingRemarks: meeting.openingRemarks,
    closingRemarks: meeting.closingRemarks,
    chair: chair ? { honorific: chair.honorific, name: chair.name, position: chair.position, organisation: chair.organisation } : null,
    secretaryPost: secretary ? designation(secretary) || null : null,
    memberBodies: bodies,
    items: [...record.agenda]
      .sort((a, b) => a.position - b.position)
      .filter((a) => a.isPublic)
      .map((a) => ({
        title: a.title,
        publicSummary: a.publicSummary,
        decisions: a.decisions.map((d) => ({ number: d.number, text: d.text })),
      })),
  };
}


/** The end mark a statement closes with; the export adds it when an edited body lost it. */
export const END_MARK = 'ENDS';
export const END_MARK_AR = '// انتهى //';

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => COUNT_WORDS[n] ?? String(n);

function withArticle(body: string): string {
  return /^the\s/i.test(body) ? body : `the ${body}`;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The statement a secretary starts from. The Arabic one is written from the Arabic fields, and
 * refused with the list of those missing (see arabicFields), never translated or mixed.
 */
export function generatePressDraft(record: MeetingRecord, lang: DocLang = 'en'): PressDraft {
  return lang === 'ar' ? arabicPressDraftFrom(arabicPublicView(record)) : pressDraftFrom(publicView(record));
}

export function pressDraftFrom(v: PublicMeetingView): PressDraft {
  const ordinal = ordinalWord(v.number).toLowerCase();
  const decisions = v.items.flatMap((i) => i.decisions);
  const headline =
    decisions.length > 0
      ? `${v.committee.name} holds its ${ordinal} meeting and adopts ${count(decisions.length)} decision${decisions.length === 1 ? '' : 's'}`
      : `${v.committee.name} holds its ${ordinal} meeting`;

  const paragraphs: string[] = [];
  const chair = v.chair;
  const post = chair ? designation(chair) : '';
  const chairedBy = chair ? `, chaired by ${post ? `${withArticle(post)}, ` : ''}${fullName(chair)}` : '';
  const where = v.venue ? ` at ${v.venue}` : '';
  paragraphs.push(
    `${longDate(v.startsAt)} – ${capitalise(committeeFirstMention(v.committee))} held its ${ordinal} meeting on ${weekday(v.startsAt)}${where}${chairedBy}.`,
  );

  const speaker = chair ? shortName(chair) : 'The Chair';
  const opening = v.openingRemarks?.trim();
  if (opening) paragraphs.push(isClause(opening) ? sentence(`Opening the meeting, ${speaker} ${opening}`) : sentence(opening));

  for (const item of v.items) {
    const summary = item.publicSummary?.trim();
    paragraphs.push(summary ? sentence(summary) : `The Committee also discussed ${quoted(item.title)}.`);
  }

  if (decisions.length > 0) {
    paragraphs.push(decisions.length === 1 ? 'The Committee adopted the following decision:' : 'The Committee adopted the following decisions:');
    for (const d of decisions) paragraphs.push(`Decision ${d.number}: ${sentence(d.text)}`);
  }

  const closing = v.closingRemarks?.trim();
  const closingParts: string[] = [];
  if (closing) closingParts.push(isClause(closing) ? sentence(`Concluding the meeting, ${speaker} ${closing}`) : sentence(closing));
  if (v.committee.legalBasis?.trim()) closingParts.push(`The Committee carries out its mandate under ${sentence(v.committee.legalBasis.trim())}`);
  if (closingParts.length) paragraphs.push(closingParts.join(' '));

  paragraphs.push(END_MARK);
  if (v.memberBodies.length > 0)
    paragraphs.push(
      `About the Committee: ${capitalise(theCommittee(v.committee))} brings together ${listOf(v.memberBodies.map(withArticle))}.`,
    );
  if (v.secretaryPost) paragraphs.push(`Media enquiries: ${v.secretaryPost}.`);

  return { headline, body: paragraphs.join('\n\n') };
}

function quoted(s: string): string {
  return `“${s.trim()}”`;
}

/**
 * The Arabic statement as Gulf news agencies write one: the date with «م» as dateline (no city
 * is recorded for a meeting, so none is invented), the ordinal in the oblique after
 * «اجتماعها», the chair's name followed by the posts without commas, and «// انتهى //».
 * Remarks in Arabic are whole sentences, reporting verbs and all («وأكدت ...»), printed as typed.
 */
export function arabicPressDraftFrom(v: PublicMeetingView): PressDraft {
  const name = v.committee.name;
  const ordinal = arabicOrdinal(v.number, { case: 'oblique' });
  const decisions = v.items.flatMap((i) => i.decisions);
  const headline = decisions.length > 0 ? `${name} تعقد اجتماعها ${ordinal} وتعتمد ${decisionCount(decisions.length)}` : `${name} تعقد اجتماعها ${ordinal}`;

  const paragraphs: string[] = [];
  const chair = v.chair;
  const chairRole = chair && genderOf(chair.honorific) === 'feminine' ? 'رئيسة اللجنة' : 'رئيس اللجنة';
  const chairedBy = chair ? `، برئاسة ${[fullName(chair), arabicDesignation(chair, ' '), chairRole].filter(Boolean).join(' ')}` : '';
  const where = v.venue ? ` في ${v.venue}` : '';
  paragraphs.push(`${arabicDate(v.startsAt)} – عقدت ${name} اجتماعها ${ordinal} يوم ${arabicWeekday(v.startsAt)}${where}${chairedBy}.`);
  paragraphs.push(...splitParagraphs(v.openingRemarks).map(arabicSentence));

  for (const item of v.items) {
    const summary = item.publicSummary?.trim();
    paragraphs.push(summary ? arabicSentence(summary) : `كما ناقشت اللجنة موضوع «${item.title.trim()}».`);
  }

  if (decisions.length > 0) {
    paragraphs.push(decisions.length === 1 ? 'واتخذت اللجنة القرار الآتي:' : 'واتخذت اللجنة القرارات الآتية:');
    for (const d of decisions) paragraphs.push(`القرار رقم (${d.number}): ${arabicSentence(d.text)}`);
  }

  const closing = splitParagraphs(v.closingRemarks).map(arabicSentence);
  const mandate = v.committee.legalBasis?.trim() ? `وتباشر اللجنة اختصاصاتها بموجب ${arabicSentence(v.committee.legalBasis.trim())}` : '';
  if (mandate) closing.push(closing.length ? `${closing.pop()} ${mandate}` : mandate);
  paragraphs.push(...closing);

  paragraphs.push(END_MARK_AR);
  if (v.memberBodies.length > 0) paragraphs.push(`نبذة عن اللجنة: تضم ${name} في عضويتها ممثلين عن ${arabicList(v.memberBodies)}.`);
  if (v.secretaryPost) paragraphs.push(`للاستفسارات الإعلامية: ${v.secretaryPost}.`);

  return { headline, body: paragraphs.join('\n\n') };
}
