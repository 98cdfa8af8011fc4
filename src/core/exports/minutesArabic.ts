import type { ActionStatus, Classification, Membership, Person, QuorumRule, Role } from '../../shared/domain';
import { arabicDate, arabicDesignation, arabicDigits, arabicOrdinal, arabicSentence, arabicTime, genderOf, withLi } from './arabic';
import { splitParagraphs } from './docxKit';
import type { MinutesWords } from './model';

/**
 * The Arabic minutes' wording, over a record whose texts are already the Arabic ones (see
 * arabicFields). Sentences about the meeting are impersonal («افتُتح الاجتماع ... برئاسة ...»)
 * so that no verb has to agree with a chair whose gender the record does not hold; only a
 * member's role and «عنه / عنها» follow the title («السيدة», «الدكتورة» ...).
 */

export const ARABIC_CLASSIFICATION: Record<Classification, string> = {
  public: 'عام',
  internal: 'للاستخدام الداخلي',
  restricted: 'مقيد',
  confidential: 'سري',
  secret: 'سري للغاية',
};

const ROLE_AR: Record<Role, [masculine: string, feminine: string]> = {
  chair: ['رئيس اللجنة', 'رئيسة اللجنة'],
  'vice-chair': ['نائب رئيس اللجنة', 'نائبة رئيس اللجنة'],
  member: ['عضو', 'عضوة'],
  secretary: ['أمين سر اللجنة', 'أمينة سر اللجنة'],
  observer: ['مراقب', 'مراقبة'],
};

const STATUS_AR: Record<ActionStatus, string> = {
  open: 'مفتوح',
  in_progress: 'قيد التنفيذ',
  done: 'منجز',
  cancelled: 'ملغى',
};

const ATTENDANCE_AR: Record<string, string> = { present: 'حاضر', apologies: 'معتذر', absent: 'غائب' };

const VOTERS = 'الأعضاء ذوي حق التصويت';

function quorumRuleAr(rule: QuorumRule): string {
  if (rule === 'majority') return `أغلبية ${VOTERS}`;
  if (rule === 'two-thirds') return `ثلثا ${VOTERS}`;
  if (rule === 'all') return `جميع ${VOTERS}`;
  return `ما لا يقل عن ${arabicDigits(rule.slice(4))} من ${VOTERS}`;
}

const FIELD_AR: Record<string, string> = {
  titleAr: 'العنوان',
  minutesAr: 'نص المحضر',
  publicSummaryAr: 'الملخص المعلن',
  textAr: 'نص القرار',
  descriptionAr: 'وصف الإجراء',
  venueAr: 'المكان',
  openingRemarksAr: 'الكلمة الافتتاحية',
  closingRemarksAr: 'الكلمة الختامية',
  startsAt: 'موعد البدء',
  endsAt: 'موعد الانتهاء',
  classification: 'درجة السرية',
};

const fullName = (p: Person) => (p.honorific ? `${p.honorific} ${p.name}` : p.name);
const role = (m: Membership) => ROLE_AR[m.role][genderOf(m.person.honorific) === 'feminine' ? 1 : 0];
const withPost = (p: Person) => {
  const post = arabicDesignation(p);
  return post ? `${fullName(p)}، ${post}` : fullName(p);
};
const dateTime = (iso: string) => (/T\d{2}:\d{2}/.test(iso) ? `${arabicDate(iso)} ${arabicTime(iso)}` : arabicDate(iso));

export const ARABIC_MINUTES: MinutesWords = {
  title: (record) => `محضر الاجتماع ${arabicOrdinal(record.meeting.number, { case: 'oblique' })} ${withLi(record.committee.name)}`,
  subject: (record) => `محضر اجتماع ${arabicDate(record.meeting.startsAt)}`,
  approvedOn: (date) => `اعتُمد هذا المحضر بتاريخ ${arabicDate(date)}.`,
  date: (iso) => arabicDate(iso),
  weekdayDate: (iso) => arabicDate(iso, { weekday: true }),
  time: (iso) => arabicTime(iso),
  classification: (c) => ARABIC_CLASSIFICATION[c],
  marking: (c) => ARABIC_CLASSIFICATION[c],
  committeeLine: (c) => c.name,
  draftMark: 'مسودة – خاضعة للاعتماد',
  comma: '، ',
  fullName,
  designation: (p) => arabicDesignation(p),
  role,
  particulars: { date: 'التاريخ', opened: 'بدء الاجتماع', closed: 'انتهاء الاجتماع', venue: 'المكان', classification: 'درجة السرية' },
  headings: {
    attendance: 'الحضور',
    present: 'الأعضاء الحاضرون',
    represented: 'حضر بالإنابة',
    apologies: 'المعتذرون',
    absent: 'الغائبون',
    inAttendance: 'حضر أيضًا',
    opening: 'افتتاح الاجتماع',
    mattersArising: 'متابعة إجراءات الاجتماعات السابقة',
    close: 'اختتام الاجتماع',
    actionsSummary: 'ملخص الإجراءات',
    signatures: 'التوقيعات',
    annex: 'الملحق (أ): التعديلات المسجلة بعد الاعتماد',
  },
  representedBy(m, representative) {
    const pronoun = genderOf(m.person.honorific) === 'feminine' ? 'عنها' : 'عنه';
    return representative ? ` — بالإنابة ${pronoun}: ${representative}` : ` — حضر من ينوب ${pronoun}`;
  },
  noAttendance: 'لم يُسجَّل الحضور في هذا الاجتماع.',
  quorum(q) {
    const counted = `إذ بلغ عدد ${VOTERS} الحاضرين أو المُنابين ${arabicDigits(q.counted)}${q.met ? '' : ' فقط'} من أصل ${arabicDigits(q.eligible)}`;
    const need = `والنصاب المطلوب ${arabicDigits(q.required)} (${quorumRuleAr(q.rule)})`;
    return q.met
      ? `النصاب: اكتمل النصاب القانوني للاجتماع؛ ${counted}، ${need}.`
      : `النصاب: لم يكتمل النصاب القانوني للاجتماع؛ ${counted}، ${need}. وتخضع القرارات الواردة في هذا المحضر للتأكيد في اجتماع مكتمل النصاب.`;
  },
  opening(record, chair) {
    const at = arabicTime(record.meeting.startsAt);
    return [
      `افتُتح الاجتماع في تمام الساعة ${at}${chair ? ` برئاسة ${withPost(chair.person)}` : ''}.`,
      ...splitParagraphs(record.meeting.openingRemarks).map(arabicSentence),
    ];
  },
  closing(record) {
    const { endsAt, closingRemarks } = record.meeting;
    return [
      ...splitParagraphs(closingRemarks).map(arabicSentence),
      endsAt ? `ولعدم وجود موضوعات أخرى، اختُتم الاجتماع في تمام الساعة ${arabicTime(endsAt)}.` : 'ولعدم وجود موضوعات أخرى، اختُتم الاجتماع.',
    ];
  },
  statusAsAt: (date) => `الوضع حتى تاريخ ${arabicDate(date)}.`,
  meetingRef: (n) => arabicOrdinal(n),
  itemRef: (n) => arabicDigits(n),
  overdue: 'متأخر',
  actionStatus: (s) => STATUS_AR[s],
  itemHeading: (n, title) => `${arabicDigits(n)}. ${title}`,
  presentedBy: (m) => `عرض البند: ${withPost(m.person)}.`,
  closedItem: 'بند مغلق: غير مخصص للنشر.',
  // «٢-١»: with a hyphen the item number stays on the right, where an Arabic reader starts.
  paragraphNumber: (item, paragraph) => `${arabicDigits(item)}-${arabicDigits(paragraph)}`,
  decisionNumber: (number) => `القرار رقم (${number})`,
  resolved: 'قررت اللجنة: ',
  columns: { item: 'البند', meeting: 'الاجتماع', action: 'الإجراء', owner: 'المسؤول', due: 'الموعد المحدد', status: 'الحالة' },
  noDueDate: 'لم يُحدَّد',
  noActions: 'لم تُحدَّد إجراءات في هذا الاجتماع.',
  signature: {
    confirmed: 'نشهد بأن هذا المحضر سجلٌّ صحيح لوقائع الاجتماع.',
    chair: 'رئيس اللجنة',
    secretary: 'أمين سر اللجنة',
    signature: 'التوقيع',
    name: 'الاسم',
    position: 'المنصب',
    date: 'التاريخ',
  },
  annex: {
    intro: 'لا تُعدَّل المحاضر المعتمدة دون توثيق: يُدرَج هنا كل تعديل أُجري بعد الاعتماد مع سببه.',
    columns: { date: 'التاريخ', where: 'الموضع', change: 'التعديل', reason: 'السبب', by: 'بواسطة' },
    before: 'قبل: ',
    after: 'بعد: ',
    empty: '(فارغ)',
    item: (n) => `البند ${arabicDigits(n)}`,
    decision: (number) => `القرار ${number}`,
    actionUnder: (n) => `إجراء تحت البند ${arabicDigits(n)}`,
    meeting: 'الاجتماع',
    attendanceOf: (name) => `حضور ${name}`,
    field: (field) => FIELD_AR[field] ?? field,
    value(field, value) {
      if (field === 'classification') return ARABIC_CLASSIFICATION[value as Classification] ?? value;
      if (field === 'startsAt' || field === 'endsAt') return dateTime(value);
      if (field === 'attendance') {
        const represented = /^represented by\s+(.+)$/i.exec(value);
        return represented ? `بالإنابة: ${represented[1]}` : (ATTENDANCE_AR[value] ?? value);
      }
      return value;
    },
  },
};
