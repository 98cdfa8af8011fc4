import { spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from './paths';

export interface Run {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** Milliseconds from the trigger line to the end of the process. */
  afterTrigger: number;
}

/**
 * A TypeScript child script bundled once into plain JavaScript in `dir`: through tsx each start
 * costs most of a second, which over dozens of kills is most of the time budget. esbuild is the
 * compiler tsx itself runs; the native driver stays external and is found through NODE_PATH.
 */
export function bundleScript(entry: string, dir: string): string {
  const outfile = join(dir, `${basename(entry, '.ts')}.cjs`);
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3-multiple-ciphers'], logLevel: 'error' });
  return outfile;
}

/**
 * Runs a bundled script; once it prints a line starting with `trigger`, `arm` gets the kill
 * switch (and returns how to disarm it). `early` kills that many ms after the spawn instead.
 * Lines are read until the pipe closes, so every line printed before the kill is seen.
 */
export function runChild(script: string, args: string[], trigger: string, arm: (kill: () => void) => () => void, early?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const kill = () => child.kill('SIGKILL');
    const lines: string[] = [];
    let partial = '';
    let stderr = '';
    let triggeredAt = 0;
    const earlyTimer = early === undefined ? undefined : setTimeout(kill, early);
    let disarm: (() => void) | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      partial += chunk;
      for (let i = partial.indexOf('\n'); i >= 0; i = partial.indexOf('\n')) {
        const line = partial.slice(0, i);
        partial = partial.slice(i + 1);
        lines.push(line);
        if (!triggeredAt && earlyTimer === undefined && line.startsWith(trigger)) {
          triggeredAt = performance.now();
          disarm = arm(kill);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(earlyTimer);
      disarm?.();
      resolve({ lines, signal, code, stderr, afterTrigger: triggeredAt ? performance.now() - triggeredAt : 0 });
    });
  });
}

/** An `arm` that kills `ms` after the trigger. */
export const after = (ms: number) => (kill: () => void) => {
  const timer = setTimeout(kill, ms);
  return () => clearTimeout(timer);
};
