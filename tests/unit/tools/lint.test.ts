// The lint's own test: each rule of eslint.config.js fails on a violation planted in each layer
// and passes on a clean file there. Every assertion names the rule and its message, so a rule that
// stopped running (or a file that stopped parsing) fails here instead of passing quietly.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

const RESTRICTED = 'import-x/no-restricted-paths';
const NODE = 'import-x/no-nodejs-modules';
const CYCLE = 'secretariat/no-import-cycle';
const SYNTAX = 'no-restricted-syntax';

async function lint(file: string, code: string, linter = eslint): Promise<Linter.LintMessage[]> {
  const [result] = await linter.lintText(code, { filePath: file });
  return result.messages;
}

/** An import specifier, from a file directly in src/<from>/, of a real module in src/<to>/: the rules resolve imports. */
function moduleIn(to: string): string {
  const find = (dir: string): string | undefined => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const found = entry.isDirectory() ? find(path) : /\.tsx?$/.test(entry.name) ? path : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const file = find(join(root, 'src', to));
  if (!file) throw new Error(`no module in src/${to}`);
  return `../${relative(join(root, 'src'), file).replace(/\.tsx?$/, '')}`;
}

const planted = (layer: string) => join(root, 'src', layer, 'planted.ts');
const finding = (ruleId: string, message: string) => expect.objectContaining({ ruleId, message: expect.stringContaining(message) });

describe('layers', () => {
  const violations: [layer: string, code: string, ruleId: string, message: string][] = [
    ['core', `export * as x from 'electron';`, RESTRICTED, 'electron belongs to src/main and src/preload only'],
    ['core', `export * as x from '${moduleIn('renderer')}';`, RESTRICTED, 'src/core may import src/shared and itself'],
    ['core', `export * as x from 'react';`, RESTRICTED, 'react belongs to src/renderer only'],
    ['shared', `export * as x from 'node:fs';`, NODE, 'node:fs'],
    ['shared', `export * as x from 'path';`, NODE, 'path'],
    ['shared', `export * as x from '${moduleIn('core')}';`, RESTRICTED, 'src/shared may import nothing from the other layers'],
    ['shared', `export * as x from 'better-sqlite3-multiple-ciphers';`, RESTRICTED, 'better-sqlite3-multiple-ciphers belongs to src/core only'],
    ['renderer', `export * as x from '${moduleIn('core')}';`, RESTRICTED, 'src/renderer may import src/shared and itself'],
    ['renderer', `export * as x from 'node:path';`, NODE, 'node:path'],
    ['renderer', `export * as x from 'better-sqlite3-multiple-ciphers';`, RESTRICTED, 'better-sqlite3-multiple-ciphers belongs to src/core only'],
    ['renderer', `export * as x from 'electron';`, RESTRICTED, 'electron belongs to src/main and src/preload only'],
    ['preload', `export * as x from '${moduleIn('core')}';`, RESTRICTED, 'src/preload may import src/shared and itself'],
    ['preload', `export * as x from 'node:fs';`, NODE, 'node:fs'],
    ['main', `export * as x from '${moduleIn('renderer')}';`, RESTRICTED, 'src/main may import src/core, src/shared and itself'],
    ['main', `export * as x from '${moduleIn('cli')}';`, RESTRICTED, 'src/main may import src/core, src/shared and itself'],
    ['cli', `export * as x from '${moduleIn('harness')}';`, RESTRICTED, 'src/cli may import src/core, src/shared and itself'],
    ['cli', `export * as x from 'electron';`, RESTRICTED, 'electron belongs to src/main and src/preload only'],
    ['harness', `export * as x from '${moduleIn('renderer')}';`, RESTRICTED, 'src/harness may import src/core, src/shared and itself'],
    ['harness', `export * as x from '${moduleIn('main')}';`, RESTRICTED, 'src/harness may import src/core, src/shared and itself'],
    // A type-only import and a dynamic one cross a layer just the same.
    ['core', `import type { App } from 'electron';\nexport type X = App;`, RESTRICTED, 'electron belongs to src/main and src/preload only'],
    ['core', `export const x = () => import('${moduleIn('main')}');`, RESTRICTED, 'src/core may import src/shared and itself'],
  ];

  it.each(violations)('src/%s: %s is refused', async (layer, code, ruleId, message) => {
    expect(await lint(planted(layer), code)).toContainEqual(finding(ruleId, message));
  });

  const clean: [layer: string, code: string][] = [
    ['core', `export * as a from '${moduleIn('shared')}';\nexport * as b from 'node:fs';\nexport * as c from 'better-sqlite3-multiple-ciphers';`],
    ['shared', `export * as a from 'zod';\nexport const b = 1;`],
    ['renderer', `export * as a from '${moduleIn('shared')}';\nexport * as b from 'react';`],
    ['preload', `export * as a from '${moduleIn('shared')}';\nexport { contextBridge, ipcRenderer } from 'electron';`],
    ['main', `export * as a from '${moduleIn('core')}';\nexport * as b from '${moduleIn('shared')}';\nexport * as c from 'electron';\nexport * as d from 'node:path';`],
    ['cli', `export * as a from '${moduleIn('core')}';\nexport * as b from '${moduleIn('shared')}';\nexport * as c from 'node:readline';`],
    ['harness', `export * as a from '${moduleIn('core')}';\nexport * as b from '${moduleIn('shared')}';\nexport * as c from 'node:http';`],
  ];

  it.each(clean)('src/%s: a file that keeps to its layer passes', async (layer, code) => {
    expect(await lint(planted(layer), code)).toEqual([]);
  });
});

describe('import cycles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-cycle-'));
  const outside = new ESLint({ cwd: dir, overrideConfigFile: join(root, 'eslint.config.js') });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a circle between two files, type-only imports included', async () => {
    writeFileSync(join(dir, 'a.ts'), `import { b } from './b';\nexport const a = () => b;\n`);
    writeFileSync(join(dir, 'b.ts'), `import { a } from './a';\nexport const b = () => a;\n`);
    writeFileSync(join(dir, 'c.ts'), `import type { D } from './d';\nexport type C = D[];\n`);
    writeFileSync(join(dir, 'd.ts'), `import type { C } from './c';\nexport type D = C | string;\n`);
    writeFileSync(join(dir, 'e.ts'), `import { b } from './b';\nexport const e = b;\n`);
    const messages = (file: string) => lint(join(dir, file), readFileSync(join(dir, file), 'utf8'), outside);
    expect(await messages('a.ts')).toEqual([finding(CYCLE, 'Import cycle: a.ts -> b.ts -> a.ts')]);
    expect(await messages('c.ts')).toEqual([finding(CYCLE, 'Import cycle: c.ts -> d.ts -> c.ts')]);
    expect(await messages('e.ts')).toEqual([]);
  });
});

describe('tests and window settings', () => {
  it('refuses focused and skipped tests in tests/ and src/', async () => {
    const code = `describe.only('a', () => {});\nit.skip('b', () => {});\ntest.todo('c');\ntest.describe.only('d', () => {});\nit.only.each([1])('e', () => {});\n`;
    for (const file of ['tests/unit/planted.test.ts', 'tests/e2e/planted.spec.ts', 'src/core/planted.ts']) {
      const messages = await lint(join(root, file), code);
      expect(messages.filter((m) => m.ruleId === SYNTAX && m.message.startsWith('Focused or skipped test')), file).toHaveLength(5);
    }
    expect(await lint(join(root, 'tests/unit/planted.test.ts'), `it('a', () => {});\ndescribe('b', () => {});\n`)).toEqual([]);
  });

  it('refuses insecure Electron window settings in src/', async () => {
    const code = [
      `export const options = { webPreferences: { sandbox: false, contextIsolation: false, webSecurity: false, nodeIntegration: true, allowRunningInsecureContent: true } };`,
      `export const more = { experimentalFeatures: true, webviewTag: true, enableBlinkFeatures: 'CSSPaintAPI' };`,
      `export function loosen(prefs: { nodeIntegrationInWorker: boolean }) { prefs.nodeIntegrationInWorker = true; }`,
    ].join('\n');
    const messages = await lint(planted('main'), code);
    expect(messages.filter((m) => m.ruleId === SYNTAX && m.message.startsWith('Insecure Electron window setting'))).toHaveLength(9);
    const secure = `export const options = { webPreferences: { sandbox: true, contextIsolation: true, webSecurity: true, nodeIntegration: false, webviewTag: false } };`;
    expect(await lint(planted('main'), secure)).toEqual([]);
  });

  it('refuses a writable handle made anywhere but in the write transaction', async () => {
    const code = `import type { ReadableDb, WritableDb } from './vault/handles';\nexport const a = (db: ReadableDb) => db as WritableDb;\nexport const b = (db: ReadableDb) => <WritableDb>db;\n`;
    const messages = await lint(planted('core'), code);
    expect(messages.filter((m) => m.ruleId === SYNTAX && m.message.startsWith('Only a write transaction hands out a writable handle'))).toHaveLength(2);
    const handles = readFileSync(join(root, 'src/core/vault/handles.ts'), 'utf8');
    expect(handles).toContain('as WritableDb');
    expect(await lint(join(root, 'src/core/vault/handles.ts'), handles)).toEqual([]);
  });
});
