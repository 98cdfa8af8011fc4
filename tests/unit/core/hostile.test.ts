import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../src/core/dispatcher';
import { VaultHost } from '../../../src/core/host';
import { api, type ErrorCode, type MethodName } from '../../../src/shared/api';
import { tablesDigest } from '../../helpers/dump';
import { sha256 } from '../../helpers/files';
import { SAMPLE_MEETING } from '../../helpers/paths';
import { seedMeeting } from '../../helpers/seed';
import { PASSPHRASE, tempDir } from '../../helpers/vault';

const SAMPLE = JSON.parse(readFileSync(SAMPLE_MEETING, 'utf8')) as unknown;

/** The vault.* methods that lock or replace the vault under test; tested on their own host below. */
const SEPARATE = ['vault.create', 'vault.unlock', 'vault.lock', 'vault.changePassphrase'];
const REFUSALS: ErrorCode[] = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'RECORD_LOCKED', 'PACKAGE_INVALID'];
/** Methods that take paths and passphrases can also meet files that exist, are not vaults, or need another key. */
const FILE_REFUSALS: ErrorCode[] = [...REFUSALS, 'FILE_EXISTS', 'IO', 'NOT_A_VAULT', 'WRONG_PASSPHRASE'];
/** Each costs a key derivation (about 0.2 s) or a document build once its input is valid. */
const SLOW = new Set(['backup.restore', 'backup.recovery', 'exports.minutes', 'exports.press', 'exports.decisions', 'exports.actions', 'backup.create']);

const HOSTILE_STRINGS = [
  'x'.repeat(200_000),
  '\u0000',
  'a\u0007b\u001b[31m',
  '\u202Eevil\u202C',
  '\uD800',
  '\uFEFF',
  '   ',
  "'; DELETE FROM audit_log; --",
  '"); DROP TABLE committees; --',
  '../../../../etc/passwd',
  '..\\..\\windows\\system32\\config',
  '/tmp/../../etc/shadow',
  '%2e%2e%2f%2e%2e%2f',
  '\\\\server\\share\\..\\x',
  'C:relative',
  'file:///etc/passwd',
  '{year}/{seq}/{meeting}{{}}',
  '__proto__',
  'constructor',
];
const HOSTILE_NUMBERS = [-1, 0, -0, 1.5, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(null, undefined, true, [], {}, [1, 2, 3]),
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

/** Sets an own property the way JSON.parse would, so "__proto__" arrives as data. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

const MUTATIONS = ['replace', 'delete', 'extra', 'proto', 'duplicate'] as const;

/** One near-miss: somewhere in a valid value, a field replaced, removed, added, or a list grown. */
function mutate(value: unknown, pick: number, kind: (typeof MUTATIONS)[number], replacement: unknown): unknown {
  const copy = structuredClone(value);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length];
  if (path.length === 0) return kind === 'replace' ? replacement : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1];
  const node = parent[key];
  if (kind === 'replace') setOwn(parent, key, replacement);
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (kind === 'extra' && node !== null && typeof node === 'object' && !Array.isArray(node)) setOwn(node as Record<string, unknown>, `extra${pick % 3}`, replacement);
  else if (kind === 'proto' && node !== null && typeof node === 'object' && !Array.isArray(node)) setOwn(node as Record<string, unknown>, '__proto__', replacement);
  else if (kind === 'duplicate' && Array.isArray(node) && node.length) node.push(...Array.from({ length: 1 + (pick % 40) }, () => structuredClone(node[0])));
  else setOwn(parent, key, replacement);
  return copy;
}

const mutations = (valid: fc.Arbitrary<unknown>) =>
  fc.tuple(valid, fc.nat(), fc.constantFrom(...MUTATIONS), hostileValue).map(([v, pick, kind, replacement]) => mutate(v, pick, kind, replacement));

interface Context {
  dir: string;
  backupsDir: string;
  backupFile: string;
  vaultFile: string;
  /** Passphrases offered where one is asked; the separate vault.* tests never offer the real one. */
  passphrase: fc.Arbitrary<string>;
}

/**
 * Paths a renderer might send: traversal, relative, Windows-shaped, missing folders, and files
 * and folders inside the test's own temp folder, so that whatever is accepted writes only there.
 */
function pathArb(ctx: Context): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS.slice(9, 16), '', '..', '~/x.vault', '/etc/passwd', '/dev/null/x', `${ctx.dir}/../escape.vault`, `${ctx.dir}/./a/../b.vault`),
    fc.string({ maxLength: 12 }).map((s) => join(ctx.dir, 'missing', `${encodeURIComponent(s)}.vault`)),
    fc.constantFrom(ctx.dir, ctx.backupsDir, ctx.backupFile, ctx.vaultFile),
    fc.string({ minLength: 1, maxLength: 12 }).map((s) => join(ctx.dir, `out-${encodeURIComponent(s)}.vault`)),
  );
}

const DATE_PATTERN = String(/^\d{4}-\d{2}-\d{2}$/);
const isoDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoDateTime = isoDate.chain((d) => fc.constantFrom(`${d}T10:00:00+03:00`, `${d}T09:30:00Z`, `${d}T23:59:59-05:00`));

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[];
  getter?: () => z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** Values of the right shape for a schema (often valid, sometimes not quite), keyed by field name. */
function validArb(schema: z.ZodType, ctx: Context, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, validArb(s, ctx, k)])), {
        requiredKeys: Object.keys(shape).filter((k) => !['optional', 'default'].includes(defOf(shape[k]).type)),
      });
    }
    case 'string':
      if (def.format === 'datetime') return isoDateTime;
      if (def.checks?.some((c) => String(c._zod.def.pattern) === DATE_PATTERN)) return isoDate;
      if (['passphrase', 'current', 'next'].includes(key)) return ctx.passphrase;
      if (['folder', 'out', 'backup'].includes(key)) return pathArb(ctx);
      return fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Ministry of Health', 'H.E. Mr.', 'اللجنة الوطنية', 'Annual review'));
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -3, max: 200 }));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'array':
      return fc.array(validArb(def.element!, ctx, key), { maxLength: 4 });
    case 'optional':
    case 'default':
      return fc.option(validArb(def.innerType!, ctx, key), { nil: undefined });
    case 'nullable':
      return fc.option(validArb(def.innerType!, ctx, key), { nil: null });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => validArb(o, ctx, key)));
    case 'pipe':
      return validArb(def.in!, ctx, key);
    case 'lazy':
      return validArb(def.getter!(), ctx, key);
    case 'unknown':
      return key === 'package' ? fc.constant(SAMPLE) : fc.jsonValue({ maxDepth: 2 });
    default:
      return hostileValue;
  }
}

function inputsFor(method: MethodName, ctx: Context): fc.Arbitrary<unknown> {
  const valid = validArb(api[method].input as z.ZodType, ctx);
  return fc.oneof({ weight: 2, arbitrary: valid }, { weight: 5, arbitrary: mutations(valid) }, { weight: 1, arbitrary: hostileValue });
}

const fingerprint = (host: VaultHost) => tablesDigest(host.session().db);

/**
 * The dump of every table, taken again only once the connection has completed a write
 * statement (total_changes() moved; the schema's triggers only refuse, and beforeAll checks that
 * none writes, which it would not count). A refused call that wrote and rolled back is
 * therefore always compared in full.
 */
const snapshots = new WeakMap<object, { changes: number; dump: string }>();
function currentDump(host: VaultHost): string {
  const db = host.session().db;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  let snap = snapshots.get(db);
  if (snap?.changes !== changes) snapshots.set(db, (snap = { changes, dump: fingerprint(host) }));
  return snap.dump;
}

const tally = { inputs: 0, rejected: 0, codes: {} as Record<string, number>, started: 0 };

/** Calls the dispatcher as a transport would; a refusal must be documented and change nothing. */
async function probe(host: VaultHost, method: string, input: unknown, allowed: ErrorCode[]): Promise<void> {
  const before = currentDump(host);
  const result = await dispatch(host, method, input);
  tally.inputs++;
  if (!result.ok) {
    tally.rejected++;
    tally.codes[result.error.code] = (tally.codes[result.error.code] ?? 0) + 1;
    expect(allowed, `${method} answered ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
    expect(currentDump(host), `${method} was refused (${result.error.code}) but changed the vault`).toBe(before);
  }
  expect(host.status().state).toBe('unlocked');
}

describe('hostile input', () => {
  let host: VaultHost;
  let ctx: Context;
  const dir = tempDir();

  beforeAll(async () => {
    const vaultFile = join(dir, 'committee.vault');
    let t = Date.parse('2026-04-01T08:00:00Z');
    host = new VaultHost({ path: vaultFile, clock: () => new Date((t += 1000)) });
    await call(host, 'vault.create', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    await call(host, 'packages.import', { package: SAMPLE });
    await seedMeeting(host, { roster: [['Amal Haddad', 'chair'], ['Omar Saleh', 'member']] });
    const backupsDir = join(dir, 'backups');
    mkdirSync(backupsDir);
    await call(host, 'backup.settings.set', { folder: backupsDir, keep: 5, enabled: false });
    const backupFile = (await call(host, 'backup.create', {})).path;
    ctx = { dir, backupsDir, backupFile, vaultFile, passphrase: fc.oneof(fc.constant(PASSPHRASE), fc.string({ maxLength: 40 })) };
    const triggers = host.session().db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; sql: string }[];
    const writing = triggers.filter((t) => /\b(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(t.sql.slice(t.sql.search(/\bBEGIN\b/i))));
    expect(writing.map((t) => t.name), 'currentDump() relies on total_changes(), which does not count writes made by triggers').toEqual([]);
    tally.started = performance.now();
  });

  afterAll(() => {
    console.log(
      `hostile: ${tally.inputs} generated inputs over ${Object.keys(api).length} methods and malformed packages, ` +
        `${tally.rejected} refused (${Object.entries(tally.codes).map(([c, n]) => `${c} ${n}`).join(', ')}), no INTERNAL, ` +
        `vault unchanged after every refusal, ${((performance.now() - tally.started) / 1000).toFixed(1)} s`,
    );
  });

  const methods = (Object.keys(api) as MethodName[]).filter((m) => !SEPARATE.includes(m));

  it.each(methods)('%s: no crash, documented refusals only, nothing written when refused', async (method) => {
    const allowed = method.startsWith('backup.') ? FILE_REFUSALS : REFUSALS;
    await fc.assert(
      fc.asyncProperty(inputsFor(method, ctx), (input) => probe(host, method, input, allowed)),
      { numRuns: SLOW.has(method) ? 25 : 60 },
    );
  });

  it('unknown method names are NOT_FOUND', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'vault.status ', 'VAULT.STATUS')), async (name) => {
        if (Object.prototype.hasOwnProperty.call(api, name)) return;
        const result = await dispatch(host, name, {});
        expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
      }),
      { numRuns: 100 },
    );
  });

  it('packages.import: malformed packages (mutations of the sample) are refused whole, nothing written', async () => {
    const packages = fc.oneof(
      { weight: 6, arbitrary: mutations(fc.constant(SAMPLE)) },
      { weight: 1, arbitrary: fc.tuple(mutations(fc.constant(SAMPLE)), fc.nat(), fc.constantFrom(...MUTATIONS), hostileValue).map(([p, pick, kind, v]) => mutate(p, pick, kind, v)) },
      { weight: 1, arbitrary: hostileValue },
    );
    await fc.assert(fc.asyncProperty(packages, (pkg) => probe(host, 'packages.import', { package: pkg }, REFUSALS)), { numRuns: 500 });
  });

  it('vault.create, unlock, lock and changePassphrase never damage or replace the vault', async () => {
    const path = ctx.vaultFile;
    const other = new VaultHost({ path });
    const files = () => readdirSync(ctx.dir).filter((n) => !n.startsWith('committee.vault') && !n.startsWith('out-')).sort();
    const notThePassphrase = fc.string({ maxLength: 40 }).filter((s) => s.normalize('NFC') !== PASSPHRASE);
    const vaultCtx = { ...ctx, passphrase: notThePassphrase };
    host.lock();
    const before = { sha: sha256(path), files: files() };
    const codes = (method: string) =>
      method === 'vault.create' ? ['VALIDATION', 'VAULT_EXISTS', 'WEAK_PASSPHRASE'] : method === 'vault.unlock' ? ['VALIDATION', 'WRONG_PASSPHRASE'] : ['VALIDATION', 'VAULT_LOCKED'];
    for (const method of ['vault.create', 'vault.unlock', 'vault.lock', 'vault.changePassphrase'] as const) {
      await fc.assert(
        fc.asyncProperty(inputsFor(method, vaultCtx), async (input) => {
          // A well-formed lock is no attack: it just locks.
          if (method === 'vault.lock' && api[method].input.safeParse(input ?? {}).success) return;
          const result = await dispatch(other, method, input);
          tally.inputs++;
          expect(result.ok, `${method} accepted ${JSON.stringify(input)?.slice(0, 200)}`).toBe(false);
          if (!result.ok) {
            tally.rejected++;
            tally.codes[result.error.code] = (tally.codes[result.error.code] ?? 0) + 1;
            expect(codes(method), `${method}: ${result.error.code} ${result.error.message}`).toContain(result.error.code);
          }
        }),
        { numRuns: method === 'vault.unlock' ? 20 : 60 },
      );
    }
    expect({ sha: sha256(path), files: files() }).toEqual(before);

    await call(other, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    const dump = fingerprint(other);
    await fc.assert(
      fc.asyncProperty(inputsFor('vault.changePassphrase', vaultCtx), async (input) => {
        const result = await dispatch(other, 'vault.changePassphrase', input);
        tally.inputs++;
        expect(result.ok).toBe(false);
        if (!result.ok) {
          tally.rejected++;
          expect(['VALIDATION', 'WRONG_PASSPHRASE', 'WEAK_PASSPHRASE']).toContain(result.error.code);
        }
        expect(fingerprint(other)).toBe(dump);
      }),
      { numRuns: 20 },
    );
    other.lock();
    await call(host, 'vault.unlock', { passphrase: PASSPHRASE, actor: 'Leila Nasser' });
    expect(host.status().state).toBe('unlocked');
  });
});
