import type { Random } from './random';

/**
 * Committee prose: sentences assembled from the phrases secretariats actually write, so that
 * lengths, word sizes and compressibility resemble real minutes rather than lorem ipsum.
 */

export const ORGANISATIONS = [
  'Ministry of Interior',
  'Ministry of Labour',
  'Ministry of Health',
  'Ministry of Justice',
  'Ministry of Foreign Affairs',
  'Ministry of Social Development',
  'Ministry of Education',
  'Ministry of Finance',
  'Public Prosecution',
  'General Directorate of Residency Affairs',
  'Civil Defence Directorate',
  'National Human Rights Institution',
  'Labour Market Regulatory Authority',
  'Central Statistics Bureau',
  'Chamber of Commerce and Industry',
  'Federation of Trade Unions',
  'Supreme Council for Women',
  'Information Affairs Authority',
  'Customs Affairs',
  'Coast Guard Command',
  'National Audit Office',
  'Legislation and Legal Opinion Commission',
  'Ministry of Municipalities',
  'Telecommunications Regulatory Authority',
];

const SUBJECTS = [
  'the national referral mechanism',
  'the shelter capacity plan',
  'the annual awareness campaign',
  'the draft amendment to the labour law',
  'the victim assistance fund',
  'the inspection programme for the construction sector',
  'the memorandum of understanding with the regional office',
  'the training plan for law enforcement officers',
  'the data sharing protocol between member bodies',
  'the heat stress prevention guidelines',
  'the annual report to the Council of Ministers',
  'the budget request for the next fiscal year',
  'the national action plan',
  'the recruitment agency licensing criteria',
  'the hotline performance indicators',
  'the wage protection system',
  'the review of pending court cases',
  'the case management system',
  'the questionnaire from the international organisation',
  'the visit of the special rapporteur',
];

const VERBS_PAST = [
  'reviewed',
  'discussed at length',
  'considered',
  'noted the progress on',
  'was briefed on',
  'examined the latest draft of',
  'received a presentation on',
  'debated the options for',
];

const CLAUSES = [
  'and several members asked for the figures to be broken down by sector',
  'noting that the deadline set at the previous meeting had not been met',
  'with particular attention to the resources required in the coming year',
  'after the secretariat circulated the supporting papers a week in advance',
  'in the light of the comments received from the member bodies',
  'taking into account the recommendations of the technical working group',
  'and agreed that the matter should remain on the agenda until resolved',
  'while stressing the need for closer coordination between the bodies concerned',
];

const SENTENCES = [
  (r: Random) => `The committee ${r.pick(VERBS_PAST)} ${r.pick(SUBJECTS)}, ${r.pick(CLAUSES)}.`,
  (r: Random) => `The representative of the ${r.pick(ORGANISATIONS)} reported that ${r.int(3, 480)} cases had been handled since the last meeting.`,
  (r: Random) => `The chair thanked the ${r.pick(ORGANISATIONS)} for its contribution to ${r.pick(SUBJECTS)}.`,
  (r: Random) => `Members raised concerns about ${r.pick(SUBJECTS)} and requested a written update before the next meeting.`,
  (r: Random) => `The secretariat explained that ${r.pick(SUBJECTS)} would be completed by the end of the quarter, subject to the approval of the budget.`,
  (r: Random) => `It was noted that the ${r.pick(ORGANISATIONS)} had designated a focal point to follow up on ${r.pick(SUBJECTS)}.`,
  (r: Random) => `Following discussion, the committee agreed to refer ${r.pick(SUBJECTS)} to the technical working group for a detailed study.`,
  (r: Random) => `The ${r.pick(ORGANISATIONS)} presented statistics showing an increase of ${r.int(2, 40)} per cent over the previous year.`,
  (r: Random) => `Several members stressed that ${r.pick(SUBJECTS)} should be aligned with the international obligations of the State.`,
  (r: Random) => `The legal adviser clarified the procedure applicable to ${r.pick(SUBJECTS)} under the current legislation.`,
];

const TITLE_HEADS = ['Update on', 'Progress report on', 'Proposal concerning', 'Review of', 'Approval of', 'Briefing on', 'Draft of', 'Follow-up on'];

const ACTION_VERBS = ['Prepare', 'Circulate', 'Submit', 'Coordinate', 'Draft', 'Organise', 'Report on', 'Finalise', 'Review', 'Update'];

const ARABIC_WORDS = ['تحديث', 'بشأن', 'الآلية', 'الوطنية', 'للإحالة', 'خطة', 'التوعية', 'السنوية', 'تقرير', 'اللجنة', 'مشروع', 'تعديل', 'قانون', 'العمل', 'الميزانية', 'التدريب'];

export function sentence(r: Random): string {
  return r.pick(SENTENCES)(r);
}

/** Paragraphs of three to five sentences up to about `length` characters. */
export function prose(r: Random, length: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < length) {
    const sentences: string[] = [];
    const count = r.int(3, 5);
    for (let i = 0; i < count && total < length; i++) {
      const s = sentence(r);
      sentences.push(s);
      total += s.length + 1;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

export function agendaTitle(r: Random): string {
  const title = `${r.pick(TITLE_HEADS)} ${r.pick(SUBJECTS)}`;
  return r.chance(0.3) ? `${title} submitted by the ${r.pick(ORGANISATIONS)}` : title;
}

export function arabicTitle(r: Random): string {
  const words: string[] = [];
  for (let i = r.int(4, 9); i > 0; i--) words.push(r.pick(ARABIC_WORDS));
  return words.join(' ');
}

export function decisionText(r: Random): string {
  const body = `The committee decided to ${r.pick(['approve', 'endorse', 'adopt', 'refer', 'postpone consideration of'])} ${r.pick(SUBJECTS)}`;
  const extra = r.length(0, 220, 700);
  return extra < 40 ? `${body}.` : `${body}, ${r.pick(CLAUSES)}. ${prose(r, extra)}`;
}

export function actionText(r: Random): string {
  const body = `${r.pick(ACTION_VERBS)} ${r.pick(SUBJECTS)}`;
  return r.chance(0.6) ? `${body} ${r.pick(CLAUSES)}` : `${body} and share it with the member bodies`;
}

export function noteText(r: Random): string {
  return prose(r, r.length(40, 160, 400)).replace(/\n\n/g, ' ');
}
