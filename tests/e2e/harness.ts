import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test as base } from '@playwright/test';

export interface RunningHarness {
  url: string;
  origin: string;
  token: string;
  /** With --vault: the temp vault; without: where the harness's default vault goes. */
  vaultPath: string;
  dir: string;
  stop(): Promise<void>;
}

const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Starts `npm run web` as a user would (node bin/harness.js) with a temp vault on a free port,
 * and reads the one line it prints.
 */
export async function startHarness(options: { withVault?: boolean } = {}): Promise<RunningHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'secretariat-e2e-'));
  const vaultPath = join(dir, options.withVault === false ? 'secretariat.vault' : 'committee.vault');
  const args = [join(ROOT, 'bin/harness.js'), ...(options.withVault === false ? [] : ['--vault', vaultPath])];
  // Run from the temp folder so that without --vault the default vault lands there too.
  const child: ChildProcess = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`harness did not start: ${stderr}`)), 60_000);
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    vaultPath,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls the contract as the renderer does; for setting up data a test is not about. */
export async function api<T = unknown>(harness: RunningHarness, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${harness.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-secretariat-token': harness.token },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

export const PASSPHRASE = 'correct horse battery staple';

/**
 * A fresh harness and vault for each test, and a page that fails the test on any Content
 * Security Policy violation: the Electron shell runs the renderer under the same policy.
 */
export const test = base.extend<{ harness: RunningHarness; cspGuard: void }>({
  harness: async ({}, use) => {
    const harness = await startHarness();
    await use(harness);
    await harness.stop();
  },
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
      });
      await use();
      expect(violations).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
