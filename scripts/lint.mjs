#!/usr/bin/env node
// Project rules that a reviewer should never have to spot: the layers of DESIGN.md (as VS Code's
// code-layering lint does), no focused or skipped tests, no insecure window settings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const NODE = /^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$|url$|stream$|net$|worker_threads$)/;
const DRIVER = /^better-sqlite3/;
/** packages: forbidden package names; folders: forbidden src/ folders reached by relative imports. */
const rules = [
  { dir: 'src/core', packages: [/^electron/, /^react/], folders: ['renderer', 'main', 'preload', 'cli', 'harness'], why: 'core never depends on Electron, React or a shell' },
  { dir: 'src/shared', packages: [/^electron/, /^react/, NODE, DRIVER], folders: ['core', 'renderer', 'main', 'preload', 'cli', 'harness'], why: 'shared is the contract: no Node, no driver, no core' },
  { dir: 'src/renderer', packages: [/^electron/, NODE, DRIVER], folders: ['core', 'main', 'preload', 'cli', 'harness'], why: 'the renderer talks only through the contract' },
  { dir: 'src/preload', packages: [NODE, DRIVER], folders: ['core', 'renderer', 'main', 'cli', 'harness'], why: 'the preload only bridges the contract' },
];
const checks = [
  { re: /\b(it|test|describe)\.(only|skip|todo)\(/, why: 'focused or skipped test', dirs: ['tests', 'src'] },
  { re: /(sandbox|contextIsolation|webSecurity)\s*:\s*false|nodeIntegration\s*:\s*true|allowRunningInsecureContent\s*:\s*true/, why: 'insecure window setting', dirs: ['src'] },
];

function* files(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) yield p;
  }
}

const importRe = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;
const problems = [];
for (const rule of rules) {
  for (const file of files(join(root, rule.dir))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
      const forbidden = spec.startsWith('.')
        ? rule.folders.includes(relative(join(root, 'src'), join(file, '..', spec)).split(sep)[0])
        : rule.packages.some((re) => re.test(spec));
      if (forbidden)
        problems.push(`${relative(root, file)}: imports "${spec}" (${rule.why})`);
    }
  }
}
for (const check of checks)
  for (const dir of check.dirs)
    for (const file of files(join(root, dir))) {
      if (file.endsWith(join('scripts', 'lint.mjs'))) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (check.re.test(line)) problems.push(`${relative(root, file)}:${i + 1}: ${check.why}`);
      });
    }

if (problems.length) {
  console.error(`lint: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('lint: layers and project rules hold');
