import { pbkdf2Sync, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import type { ActionFilter } from '../src/shared/api/actions';
import { listActions, pageActions } from '../src/core/services/actions';
import { updateAgendaItem } from '../src/core/services/agenda';
import { getDashboard } from '../src/core/services/dashboard';
import { exportDecisionRegister, exportMinutes } from '../src/core/services/exports';
import { getMeetingRecord, listMeetings } from '../src/core/services/meetings';
import { arisingOf } from '../src/core/services/arising';
import type { Session } from '../src/core/session';
import { readableDb, type Db } from '../src/core/vault/handles';
import { assertIntact, openVault } from '../src/core/vault/vault';
import { DEFAULT_FILTERS, pageInput, toActionFilter, type TrackerFilters } from '../src/renderer/actions/filters';
import { NOW } from './dataset';
import { Random } from './random';
import { round, summarise, time, timeAsync, type Summary } from './stats';
import { sentence } from './text';
import { ACTOR, openPlain, PASSPHRASE } from './vaults';

export type SideName = 'encrypted' | 'plain';
export const SIDES: readonly SideName[] = ['encrypted', 'plain'];
export type Pair = Record<SideName, Summary>;

const log = (line: string) => process.stderr.write(`${line}\n`);

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export interface UnlockFigures {
  /** openVault end to end: key derivation, page 1, quick_check of every page, version, pragmas. */
  totalMs: number;
  /** Opening, the key (PBKDF2 at the vault's kdf_iter) and reading page 1. */
  keyMs: number;
  quickCheckMs: number;
  kdfIter: number | null;
}

/** Each figure is the median of `rounds` opens, alternating the two files. */
export function measureUnlock(paths: Record<SideName, string>, rounds = 3): Record<SideName, UnlockFigures> & { pbkdf2ReferenceMs: number } {
  const runs: Record<SideName, UnlockFigures[]> = { encrypted: [], plain: [] };
  for (let i = 0; i < rounds; i++) {
    for (const side of SIDES) {
      const path = paths[side];
      const [totalMs, db] = time(() => (side === 'encrypted' ? openVault(path, PASSPHRASE) : openPlain(path)));
      db.close();
      const raw = new Database(path, { fileMustExist: true });
      try {
        const [keyMs] = time(() => {
          if (side === 'encrypted') {
            raw.pragma(`cipher='sqlcipher'`);
            raw.pragma('legacy=4');
            raw.key(Buffer.from(PASSPHRASE.normalize('NFC'), 'utf8'));
          }
          raw.prepare('SELECT count(*) FROM sqlite_master').get();
        });
        const kdfIter = side === 'encrypted' ? (raw.pragma('kdf_iter', { simple: true }) as number) : null;
        const [quickCheckMs] = time(() => assertIntact(raw, path));
        runs[side].push({ totalMs, keyMs, quickCheckMs, kdfIter });
      } finally {
        raw.close();
      }
    }
  }
  const pick = (side: SideName): UnlockFigures => ({
    totalMs: round(median(runs[side].map((r) => r.totalMs)), 1),
    keyMs: round(median(runs[side].map((r) => r.keyMs)), 1),
    quickCheckMs: round(median(runs[side].map((r) => r.quickCheckMs)), 1),
    kdfIter: runs[side][0]!.kdfIter,
  });
  // What 256,000 rounds of PBKDF2-HMAC-SHA512 cost on this CPU by themselves, to show the vault pays the full price.
  const [pbkdf2ReferenceMs] = time(() => pbkdf2Sync(PASSPHRASE, randomBytes(16), 256_000, 32, 'sha512'));
  return { encrypted: pick('encrypted'), plain: pick('plain'), pbkdf2ReferenceMs: round(pbkdf2ReferenceMs, 1) };
}

export function openBoth(paths: Record<SideName, string>): Record<SideName, Session> {
  const session = (db: Db): Session => ({ db: readableDb(db), actor: ACTOR, clock: () => NOW });
  return { encrypted: session(openVault(paths.encrypted, PASSPHRASE)), plain: session(openPlain(paths.plain)) };
}

/**
 * Runs the same operation on both files, alternating which goes first, so that a burst of
 * load from elsewhere on the machine hits both sides alike.
 */
function compare(n: number, op: (i: number) => (s: Session) => unknown, sessions: Record<SideName, Session>, warmup = 3): Pair {
  const samples: Record<SideName, number[]> = { encrypted: [], plain: [] };
  for (let i = -warmup; i < n; i++) {
    const order = i % 2 === 0 ? SIDES : [...SIDES].reverse();
    for (const side of order) {
      const run = op(i < 0 ? i + warmup : i);
      const [ms] = time(() => run(sessions[side]));
      if (i >= 0) samples[side].push(ms);
    }
  }
  return { encrypted: summarise(samples.encrypted), plain: summarise(samples.plain) };
}

/** For the exports: the heap is collected before each, as it would be between two clicks. */
async function compareAsync(n: number, op: (s: Session) => Promise<unknown>, sessions: Record<SideName, Session>): Promise<Pair> {
  const samples: Record<SideName, number[]> = { encrypted: [], plain: [] };
  for (let i = -1; i < n; i++)
    for (const side of i % 2 === 0 ? SIDES : [...SIDES].reverse()) {
      settle();
      const [ms] = await timeAsync(() => op(sessions[side]));
      if (i >= 0) samples[side].push(ms);
    }
  return { encrypted: summarise(samples.encrypted), plain: summarise(samples.plain) };
}

const ui = (patch: Partial<TrackerFilters>): ActionFilter => toActionFilter({ ...DEFAULT_FILTERS, ...patch });

export interface Workload {
  committees: number[];
  ownerPersonId: number;
  ownerText: string;
  largestMeetingId: number;
  meetingIds: number[];
  /** Each meeting's "Matters arising" item, whose originals the editor reads when it shows the item. */
  arisingItemOf: Map<number, number>;
  /** Agenda items of the meetings still in draft: the ones a secretary is typing into. */
  draftItems: { id: number; minutes: string }[];
}

/** Facts about the generated data both files share, read from one of them. */
export function workloadOf(db: Db): Workload {
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return {
    committees: ids('SELECT id FROM committees ORDER BY id'),
    ownerPersonId: (db.prepare(`SELECT owner_person_id AS id FROM action_items WHERE status IN ('open', 'in_progress') AND owner_person_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`).get() as { id: number }).id,
    ownerText: 'Ministry of Health',
    largestMeetingId: (
      db
        .prepare(
          `SELECT m.id FROM meetings m ORDER BY (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id)
             + (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id) DESC, m.id LIMIT 1`,
        )
        .get() as { id: number }
    ).id,
    meetingIds: ids('SELECT id FROM meetings ORDER BY id'),
    arisingItemOf: new Map(
      (db.prepare(`SELECT meeting_id AS meetingId, id FROM agenda_items WHERE kind = 'matters_arising'`).all() as { meetingId: number; id: number }[]).map((r) => [r.meetingId, r.id]),
    ),
    draftItems: db
      .prepare(`SELECT i.id, COALESCE(i.minutes, '') AS minutes FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE m.status = 'draft' ORDER BY i.id`)
      .all() as { id: number; minutes: string }[],
  };
}

export interface TrackerCase {
  name: string;
  filter: (i: number) => ActionFilter;
  /** How many actions match: the count the screen shows. */
  rows: number;
}

/**
 * The filters as the tracker screen sends them (src/renderer/actions/filters.ts), plus the
 * contract's owner id; each is timed as the screen reads it, the first page with the count.
 */
export function trackerCases(w: Workload): Omit<TrackerCase, 'rows'>[] {
  const committee = (i: number) => w.committees[i % w.committees.length]!;
  return [
    { name: 'open (screen default: active, by due date)', filter: () => ui({}) },
    { name: 'overdue', filter: () => ui({ overdue: true }) },
    { name: 'any status', filter: () => ui({ status: 'all' }) },
    { name: 'done', filter: () => ui({ status: 'done' }) },
    { name: 'by owner (name typed in the filter)', filter: () => ui({ owner: w.ownerText }) },
    { name: 'by owner (person id, API)', filter: () => ({ ...ui({}), ownerPersonId: w.ownerPersonId }) },
    { name: 'by committee', filter: (i) => ui({ committeeId: committee(i) }) },
    { name: 'by committee, overdue', filter: (i) => ui({ committeeId: committee(i), overdue: true }) },
  ];
}

export interface CoreFigures {
  tracker: (TrackerCase & Pair)[];
  /** The whole active list in one `actions.list`, as the screen read it before it paged: for comparison only. */
  trackerWhole: Pair & { rows: number };
  meetingLoad: Pair;
  /** The originals of a meeting's "Matters arising" item (`arising.of`), read when the editor shows it. */
  arisingLoad: Pair & { links: number };
  /** Both reads, one after the other: what the editor waits for before the whole meeting is on screen. */
  meetingWithArising: Pair;
  meetingsList: Pair;
  dashboard: Pair;
  save: Pair;
  minutesExport: Pair & { meetingId: number; agendaItems: number; actions: number; bytes: number };
  registerExport: Record<SideName, { totalMs: number; slowestCommitteeMs: number }> & { decisions: number; bytes: number };
  rssAfterMb: Record<string, number>;
}

const rssMb = () => round(process.resourceUsage().maxRSS / 1024, 1);

function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function measureCore(sessions: Record<SideName, Session>, w: Workload, sampleCount: number): Promise<CoreFigures> {
  const rssAfterMb: Record<string, number> = {};
  const random = new Random(42);

  settle();
  log('tracker queries');
  const tracker = trackerCases(w).map((c) => {
    const rows = pageActions(sessions.encrypted, pageInput(c.filter(0), 0)).total;
    // Warmed once on each committee's rows, as a secretary who has looked at each before: the
    // first read of a committee after unlock decrypts its pages, and with ten committees in 60
    // samples those cold reads alone would make the p95 (the meeting loads, at random over 800
    // meetings, are where cold reads are measured).
    const pair = compare(sampleCount, (i) => (s) => pageActions(s, pageInput(c.filter(i), 0)), sessions, w.committees.length);
    return { ...c, rows, ...pair };
  });
  const trackerWhole = { rows: listActions(sessions.encrypted, ui({})).length, ...compare(sampleCount, () => (s) => listActions(s, ui({})), sessions) };
  rssAfterMb.tracker = rssMb();

  settle();
  log('meeting loads');
  const order = Array.from({ length: sampleCount * 4 }, () => random.pick(w.meetingIds));
  const meetingLoad = compare(order.length, (i) => (s) => getMeetingRecord(s, order[i % order.length]!), sessions);
  const withArising = order.filter((id) => w.arisingItemOf.has(id));
  const originals = (s: Session, meetingId: number) => arisingOf(s, w.arisingItemOf.get(meetingId)!);
  const arisingLoad = {
    links: Math.round(withArising.reduce((n, id) => { const a = originals(sessions.encrypted, id); return n + a.actions.length + a.decisions.length; }, 0) / withArising.length),
    ...compare(withArising.length, (i) => (s) => originals(s, withArising[i]!), sessions),
  };
  const meetingWithArising = compare(withArising.length, (i) => (s) => {
    getMeetingRecord(s, withArising[i]!);
    return originals(s, withArising[i]!);
  }, sessions);
  const meetingsList = compare(sampleCount, (i) => (s) => listMeetings(s, i % 2 === 0 ? {} : { committeeId: w.committees[i % w.committees.length]! }), sessions);
  const dashboard = compare(sampleCount, () => (s) => getDashboard(s, {}), sessions);
  rssAfterMb.meetingLoad = rssMb();

  settle();
  log('agenda item saves');
  // Autosave of the minutes as a secretary types: each save sends the whole text, a sentence longer.
  const texts = new Map(SIDES.map((side) => [side, new Map(w.draftItems.map((d) => [d.id, d.minutes]))]));
  const edits = Array.from({ length: sampleCount * 4 }, () => ({ id: random.pick(w.draftItems).id, more: sentence(random) }));
  const sideOf = (s: Session): SideName => (s === sessions.encrypted ? 'encrypted' : 'plain');
  const save = compare(edits.length, (i) => (s) => {
    const edit = edits[i % edits.length]!;
    const mine = texts.get(sideOf(s))!;
    const minutes = `${mine.get(edit.id)} ${edit.more}`;
    mine.set(edit.id, minutes);
    return updateAgendaItem(s, { id: edit.id, minutes });
  }, sessions);
  rssAfterMb.save = rssMb();

  settle();
  log('minutes export of the largest meeting');
  const record = getMeetingRecord(sessions.encrypted, w.largestMeetingId);
  const minutesBytes = (await exportMinutes(sessions.encrypted, w.largestMeetingId)).bytes.length;
  const minutesExport = {
    meetingId: w.largestMeetingId,
    agendaItems: record.agenda.length,
    actions: record.agenda.reduce((n, a) => n + a.actions.length, 0),
    bytes: minutesBytes,
    ...(await compareAsync(5, (s) => exportMinutes(s, w.largestMeetingId), sessions)),
  };
  rssAfterMb.minutesExport = rssMb();

  settle();
  log('decision registers of every committee');
  const registerExport = { decisions: 0, bytes: 0 } as CoreFigures['registerExport'];
  for (const side of SIDES) {
    let totalMs = 0;
    let slowestCommitteeMs = 0;
    for (const committeeId of w.committees) {
      settle();
      const [ms, doc] = await timeAsync(() => exportDecisionRegister(sessions[side], { committeeId }));
      totalMs += ms;
      slowestCommitteeMs = Math.max(slowestCommitteeMs, ms);
      if (side === 'encrypted') registerExport.bytes += doc.bytes.length;
    }
    registerExport[side] = { totalMs: round(totalMs, 1), slowestCommitteeMs: round(slowestCommitteeMs, 1) };
  }
  registerExport.decisions = (sessions.encrypted.db.prepare('SELECT count(*) AS n FROM decisions').get() as { n: number }).n;
  rssAfterMb.registerExport = rssMb();

  return { tracker, trackerWhole, meetingLoad, arisingLoad, meetingWithArising, meetingsList, dashboard, save, minutesExport, registerExport, rssAfterMb };
}

/** Encrypted over plain for every query and save figure; the worst is what the issue asks for. */
export function ratios(core: CoreFigures): { name: string; ratio: number }[] {
  const out: { name: string; ratio: number }[] = [];
  const add = (name: string, pair: Pair, which: ('p50' | 'p95')[]) => {
    for (const k of which) out.push({ name: `${name} ${k}`, ratio: round(pair.encrypted[k] / Math.max(pair.plain[k], 0.01)) });
  };
  for (const t of core.tracker) add(`tracker ${t.name}`, t, ['p50', 'p95']);
  add('meeting load', core.meetingLoad, ['p50', 'p95']);
  add('matters arising originals', core.arisingLoad, ['p50', 'p95']);
  add('save', core.save, ['p95']);
  return out;
}
