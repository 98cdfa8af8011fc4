import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from '@playwright/test';
import { round, summarise, timeAsync, type Summary } from './stats';
import { ACTOR, PASSPHRASE } from './vaults';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

export interface UiScenario {
  name: string;
  /** What the filter bar is set to: a select by its label, or the overdue box. */
  control: { select: 'Status' | 'Committee'; value: string } | { check: 'Overdue only' };
  /** The count the tracker must show afterwards (aria-rowcount less the header); each must differ from the one before it. */
  rows: number;
  /** Reload the tracker first: the screen caches each filter's rows, and a cached filter is no test. */
  fresh?: boolean;
}

export interface UiFigures {
  unlockViaHarnessMs: number;
  firstTrackerMs: number;
  /** When the page sent the request and when the host's answer was in; the rest is the page's own work. */
  changes: { name: string; rows: number; ms: number; askedMs: number | null; answeredMs: number | null }[];
  filterChange: Summary;
  ownerTypedMs: number;
  harnessPeakRssMb: number;
}

/**
 * Builds the current renderer into `outDir`, apart from out/renderer which other runs may be
 * rebuilding. Work in progress elsewhere in the tree can break the build for a while; then the
 * last good build in out/renderer is copied, and the report says so.
 */
export function buildRenderer(outDir: string): 'fresh build' | 'copy of out/renderer' {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(ROOT, 'vite.renderer.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'silent'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (result.status === 0) return 'fresh build';
  const last = join(ROOT, 'out', 'renderer');
  if (!existsSync(join(last, 'index.html'))) throw new Error('the renderer does not build and out/renderer has no earlier build');
  log('ui: the renderer does not build from the tree as it stands; using the last build in out/renderer');
  cpSync(last, outDir, { recursive: true });
  return 'copy of out/renderer';
}

async function startHarnessProcess(vault: string, rendererDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'harness.ts'), vault, rendererDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the harness exited with ${code}`)));
  });
  return { url, child };
}

/** The harness's high-water mark of resident memory: the app side of the UI measurement. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return line ? round(Number(line.replace(/\D+/g, '')) / 1024, 1) : NaN;
}

/**
 * Changes one control and waits, inside the page, until the table reports the expected row
 * count and its first row is in the DOM with its data (not the placeholder of a page still
 * loading), then one frame more so the rows are painted. Kept as source text: tsx would
 * otherwise wrap its inner functions in helpers the page does not have.
 */
const IN_PAGE_CHANGE = `async ({ value, rows }) => {
  const el = document.querySelector('[data-bench-target]');
  el.removeAttribute('data-bench-target');
  const firstRow = () => document.querySelector('[role="table"] [aria-rowindex="2"]:not([aria-busy="true"])')?.textContent ?? null;
  const before = { count: document.querySelector('[role="table"]')?.getAttribute('aria-rowcount'), first: firstRow() };
  const shown = () => {
    const count = document.querySelector('[role="table"]')?.getAttribute('aria-rowcount');
    const first = firstRow();
    return count === String(rows + 1) && first !== null && (count !== before.count || first !== before.first);
  };
  const started = performance.now();
  if (value === null) el.click();
  else {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    if (shown()) {
      observer.disconnect();
      resolve();
    }
  });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ended = performance.now();
  const fetches = performance.getEntriesByType('resource').filter((e) => e.name.includes('actions.page') && e.startTime >= started);
  const asked = fetches.length > 0 ? Math.min(...fetches.map((e) => e.startTime)) - started : null;
  const answered = fetches.length > 0 ? Math.max(...fetches.map((e) => e.responseEnd)) - started : null;
  return { ms: ended - started, askedMs: asked, answeredMs: answered };
}`;

type Timing = { ms: number; askedMs: number | null; answeredMs: number | null };

async function timeChange(page: Page, filters: Locator, scenario: UiScenario): Promise<Timing> {
  const control = 'select' in scenario.control ? filters.getByLabel(scenario.control.select, { exact: true }) : filters.getByLabel(scenario.control.check, { exact: true });
  await control.evaluate((el) => el.setAttribute('data-bench-target', ''));
  const value = 'select' in scenario.control ? scenario.control.value : null;
  return page.evaluate(`(${IN_PAGE_CHANGE})(${JSON.stringify({ value, rows: scenario.rows })})`) as Promise<Timing>;
}

export async function measureUi(vault: string, rendererDir: string, scenarios: UiScenario[], owner: { text: string; rows: number }, defaultRows: number): Promise<UiFigures> {
  const { url, child } = await startHarnessProcess(vault, rendererDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const parsed = new URL(url);
    const [unlockViaHarnessMs, unlocked] = await timeAsync(() =>
      fetch(`${parsed.origin}/api/vault.unlock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-secretariat-token': parsed.searchParams.get('token') ?? '' },
        body: JSON.stringify({ passphrase: PASSPHRASE, actor: ACTOR }),
      }).then((r) => r.json() as Promise<{ ok: boolean; error?: { message: string } }>),
    );
    if (!unlocked.ok) throw new Error(`the harness could not unlock the vault: ${unlocked.error?.message}`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
    const openTracker = async () => {
      await page.goto('about:blank');
      await page.goto(url.replace(/#.*$/, '#/actions'));
      await page.locator(`[role="table"][aria-rowcount="${defaultRows + 1}"] [aria-rowindex="2"]:not([aria-busy="true"])`).waitFor({ timeout: 60_000 });
    };
    log('ui: opening the tracker');
    const [firstTrackerMs] = await timeAsync(openTracker);
    const filters = page.getByRole('search');

    const changes: UiFigures['changes'] = [];
    for (const scenario of scenarios) {
      if (scenario.fresh) await openTracker();
      const { ms, askedMs, answeredMs } = await timeChange(page, filters, scenario);
      const r1 = (v: number | null) => (v === null ? null : round(v, 1));
      changes.push({ name: scenario.name, rows: scenario.rows, ms: r1(ms)!, askedMs: r1(askedMs), answeredMs: r1(answeredMs) });
      log(`ui: ${scenario.name}: ${round(ms, 1)} ms`);
    }

    // Typing a name goes through the filter's 300 ms debounce; timed from the first keystroke, outside the page.
    await openTracker();
    const [ownerTypedMs] = await timeAsync(async () => {
      await filters.getByLabel('Owner', { exact: true }).fill(owner.text);
      await page.locator(`[role="table"][aria-rowcount="${owner.rows + 1}"] [aria-rowindex="2"]:not([aria-busy="true"])`).waitFor();
    });

    return {
      unlockViaHarnessMs: round(unlockViaHarnessMs, 1),
      firstTrackerMs: round(firstTrackerMs, 1),
      changes,
      filterChange: summarise(changes.map((c) => c.ms)),
      ownerTypedMs: round(ownerTypedMs, 1),
      harnessPeakRssMb: peakRssMb(child.pid!),
    };
  } finally {
    await browser.close();
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}
