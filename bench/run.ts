import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listActions } from '../src/core/services/actions';
import { closeVault } from '../src/core/vault/vault';
import { DEFAULT_FILTERS, PAGE_SIZE, toActionFilter, type TrackerFilters } from '../src/renderer/actions/filters';
import type { BuiltVaults } from './build';
import { measureCore, measureUnlock, openBoth, ratios, workloadOf, type Pair } from './measure';
import { round } from './stats';
import { buildRenderer, measureUi, type UiScenario } from './ui';

/**
 * npm run bench [-- --samples N] [--keep] [--no-ui] [--vaults DIR]
 * Builds the ten-year vault and its unencrypted twin in a temp folder (or takes the pair that
 * --keep left in DIR; the saves measured change them slightly), measures both, then the
 * tracker screen in Chromium. Progress goes to stderr; the figures to stdout, the last line
 * being one JSON object.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '60' },
    keep: { type: 'boolean', default: false },
    'no-ui': { type: 'boolean', default: false },
    vaults: { type: 'string' },
  },
});
const samples = Number(args.samples);
const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line = '') => process.stdout.write(`${line}\n`);

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ?? 'unknown';
  return { cores: availableParallelism(), cpu, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version, loadAverage: loadavg().map((l) => round(l)) };
}

function build(dir: string): BuiltVaults {
  log(`building the ten-year vault and its plain twin in ${dir}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'build.ts'), dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`the build failed (${result.status})`);
  return JSON.parse(result.stdout) as BuiltVaults;
}

function existing(dir: string): BuiltVaults {
  const encrypted = join(dir, 'ten-years.vault');
  const plain = join(dir, 'ten-years-plain.sqlite');
  const mb = (p: string) => statSync(p).size / 2 ** 20;
  return { encrypted, plain, counts: {}, buildMs: 0, encryptedMb: mb(encrypted), plainMb: mb(plain) };
}

const row = (name: string, p: Pair, extra = '') =>
  out(`  ${name.padEnd(46)} enc p50 ${String(p.encrypted.p50).padStart(7)}  p95 ${String(p.encrypted.p95).padStart(7)} | plain p50 ${String(p.plain.p50).padStart(7)}  p95 ${String(p.plain.p95).padStart(7)}  ms ${extra}`);

async function main(): Promise<void> {
  const before = machine();
  log(`machine: ${JSON.stringify(before)}`);
  const dir = args.vaults ?? mkdtempSync(join(tmpdir(), 'secretariat-bench-'));
  try {
    const built = args.vaults ? existing(dir) : build(dir);
    log(`built in ${round(built.buildMs / 1000, 1)} s: ${JSON.stringify(built.counts)}`);
    const paths = { encrypted: built.encrypted, plain: built.plain };

    log('unlock');
    const unlock = measureUnlock(paths);
    const sessions = openBoth(paths);
    const workload = workloadOf(sessions.encrypted.db);
    const core = await measureCore(sessions, workload, samples);
    const benchPeakRssMb = round(process.resourceUsage().maxRSS / 1024, 1);

    const count = (patch: Partial<TrackerFilters>) => listActions(sessions.encrypted, toActionFilter({ ...DEFAULT_FILTERS, ...patch })).length;
    const committees = workload.committees;
    const scenarios: UiScenario[] = [
      ...committees.map((c) => ({ name: `committee ${c}`, control: { select: 'Committee' as const, value: String(c) }, rows: count({ committeeId: c }) })),
      { name: `overdue only (committee ${committees.at(-1)})`, control: { check: 'Overdue only' as const }, rows: count({ committeeId: committees.at(-1)!, overdue: true }) },
      ...committees.slice(0, -1).map((c) => ({ name: `committee ${c}, overdue`, control: { select: 'Committee' as const, value: String(c) }, rows: count({ committeeId: c, overdue: true }) })),
      { name: 'all committees, overdue', control: { select: 'Committee' as const, value: '' }, rows: count({ overdue: true }) },
      { name: 'status open', control: { select: 'Status' as const, value: 'open' }, rows: count({ status: 'open' }), fresh: true },
      { name: 'status in progress', control: { select: 'Status' as const, value: 'in_progress' }, rows: count({ status: 'in_progress' }) },
      { name: 'status cancelled', control: { select: 'Status' as const, value: 'cancelled' }, rows: count({ status: 'cancelled' }) },
      { name: 'status done', control: { select: 'Status' as const, value: 'done' }, rows: count({ status: 'done' }) },
      { name: 'any status', control: { select: 'Status' as const, value: 'all' }, rows: count({ status: 'all' }) },
    ];
    const owner = { text: workload.ownerText, rows: count({ owner: workload.ownerText }) };
    const defaultRows = count({});
    closeVault(sessions.encrypted.db);
    closeVault(sessions.plain.db);

    log('memory: one vault, one long session, in a process of its own');
    const memory = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'memory.ts'), built.encrypted], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (memory.status !== 0) throw new Error(`the memory run failed (${memory.status})`);
    const peakRssMb = Number(memory.stdout.trim());

    let ui = null;
    let renderer = '';
    if (!args['no-ui']) {
      log('ui: building the renderer');
      const rendererDir = join(dir, 'renderer');
      renderer = buildRenderer(rendererDir);
      ui = await measureUi(built.encrypted, rendererDir, scenarios, owner, defaultRows);
    }

    const ratioList = ratios(core);
    const worst = ratioList.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const trackerP95Ms = Math.max(...core.tracker.map((t) => t.encrypted.p95));
    const trackerP50Ms = Math.max(...core.tracker.map((t) => t.encrypted.p50));

    out(`Secretariat benchmark: ${JSON.stringify(before)}`);
    out(`data: ${JSON.stringify(built.counts)}; encrypted ${round(built.encryptedMb, 1)} MB, plain ${round(built.plainMb, 1)} MB; built in ${round(built.buildMs / 1000, 1)} s`);
    out(`unlock (median of 3): encrypted ${unlock.encrypted.totalMs} ms = key ${unlock.encrypted.keyMs} ms (kdf_iter ${unlock.encrypted.kdfIter}; PBKDF2-SHA512 alone ${unlock.pbkdf2ReferenceMs} ms) + quick_check ${unlock.encrypted.quickCheckMs} ms + rest; plain ${unlock.plain.totalMs} ms (quick_check ${unlock.plain.quickCheckMs} ms)`);
    out(`tracker (the filters the screen sends, read as it reads them: the first page of ${PAGE_SIZE} with the count):`);
    for (const t of core.tracker) row(t.name, t, `(${t.rows} rows)`);
    row('for comparison: whole active list (actions.list)', core.trackerWhole, `(${core.trackerWhole.rows} rows)`);
    row('meeting load for the editor (getMeetingRecord)', core.meetingLoad);
    row(`its matters-arising originals (agenda.arising, ~${core.arisingLoad.links} links)`, core.arisingLoad);
    row('both, one after the other (whole meeting on screen)', core.meetingWithArising);
    row('meetings list (all / one committee)', core.meetingsList);
    row("chair's dashboard (dashboard.get)", core.dashboard);
    row('agenda item save (autosave of the minutes)', core.save);
    out(`minutes export, largest meeting (#${core.minutesExport.meetingId}: ${core.minutesExport.agendaItems} items, ${core.minutesExport.actions} actions, ${round(core.minutesExport.bytes / 1024)} KB): enc p50 ${core.minutesExport.encrypted.p50} max ${core.minutesExport.encrypted.max} | plain p50 ${core.minutesExport.plain.p50} ms`);
    out(`decision registers, "All decisions" of each committee (${core.registerExport.decisions} in all, ${round(core.registerExport.bytes / 1024)} KB): enc slowest committee ${core.registerExport.encrypted.slowestCommitteeMs} ms, all ten ${core.registerExport.encrypted.totalMs} ms | plain slowest ${core.registerExport.plain.slowestCommitteeMs}, all ten ${core.registerExport.plain.totalMs} ms`);
    out(`encrypted/plain ratios: ${ratioList.map((r) => `${r.name} ${r.ratio}`).join('; ')}`);
    out(`peak RSS ${peakRssMb} MB (one vault, one long session, own process); this process, both files open, every figure above: ${benchPeakRssMb} MB (after: ${JSON.stringify(core.rssAfterMb)})`);
    if (ui) {
      out(`ui (renderer: ${renderer}): unlock via harness ${ui.unlockViaHarnessMs} ms; tracker first shown ${ui.firstTrackerMs} ms (page load); harness peak RSS ${ui.harnessPeakRssMb} MB`);
      for (const c of ui.changes)
        out(`  ${c.name.padEnd(34)} ${String(c.ms).padStart(7)} ms (asked at ${c.askedMs ?? '?'}, answer in at ${c.answeredMs ?? '?'})  ${c.rows} rows`);
      out(`  filter changes p50 ${ui.filterChange.p50} p95 ${ui.filterChange.p95} max ${ui.filterChange.max} ms; owner typed (incl. 300 ms debounce) ${ui.ownerTypedMs} ms`);
    }
    out(`load average after: ${loadavg().map((l) => round(l)).join(' ')}`);
    out(
      JSON.stringify({
        unlockMs: unlock.encrypted.totalMs,
        unlockKeyMs: unlock.encrypted.keyMs,
        unlockQuickCheckMs: unlock.encrypted.quickCheckMs,
        plainUnlockMs: unlock.plain.totalMs,
        trackerP50Ms,
        trackerP95Ms,
        trackerWholeListP95Ms: core.trackerWhole.encrypted.p95,
        meetingLoadP50Ms: core.meetingLoad.encrypted.p50,
        meetingLoadP95Ms: core.meetingLoad.encrypted.p95,
        arisingLoadP95Ms: core.arisingLoad.encrypted.p95,
        meetingWithArisingP95Ms: core.meetingWithArising.encrypted.p95,
        meetingsListP95Ms: core.meetingsList.encrypted.p95,
        dashboardP95Ms: core.dashboard.encrypted.p95,
        saveP95Ms: core.save.encrypted.p95,
        minutesExportMs: core.minutesExport.encrypted.p50,
        // The register the app makes is one committee's: with no dates it is "All decisions" of that committee.
        registerExportMs: core.registerExport.encrypted.slowestCommitteeMs,
        registerAllCommitteesMs: core.registerExport.encrypted.totalMs,
        ratioEncryptedToPlain: worst.ratio,
        worstRatioFigure: worst.name,
        peakRssMb,
        benchPeakRssMb,
        trackerUiMs: ui ? ui.filterChange.p95 : null,
        harnessPeakRssMb: ui ? ui.harnessPeakRssMb : null,
        vaultMb: round(built.encryptedMb, 1),
        loadAverage: before.loadAverage,
      }),
    );
  } finally {
    if (args.keep || args.vaults) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
