import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from '../src/core/vault/handles';
import { closeVault, createVault } from '../src/core/vault/vault';
import { generate, type Counts, type Row, type Value, type Writer } from './dataset';
import { openPlain, PASSPHRASE } from './vaults';

/** Rows per transaction: few enough commits to load fast, small enough to keep the WAL modest. */
const BATCH = 40_000;

/** Inserts rows with one prepared statement per table, in large transactions. */
class BulkLoader implements Writer {
  private statements = new Map<string, (values: Row) => void>();
  private pending = 0;

  constructor(private readonly db: Db) {
    db.exec('BEGIN');
  }

  row(table: string, values: Row): void {
    let insert = this.statements.get(table);
    if (!insert) {
      const columns = Object.keys(values);
      const statement = this.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `:${c}`).join(', ')})`);
      insert = (v: Record<string, Value>) => void statement.run(v);
      this.statements.set(table, insert);
    }
    insert(values);
    if (++this.pending >= BATCH) {
      this.db.exec('COMMIT; BEGIN');
      this.pending = 0;
    }
  }

  finish(): void {
    // Later migrations may keep a running head of the audit chain; bring it up to the loaded end.
    const head = this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'`).get();
    if (head)
      this.db.exec(`UPDATE audit_head SET entries = (SELECT COALESCE(MAX(id), 0) FROM audit_log),
        hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)`);
    this.db.exec('COMMIT');
  }
}

/** Sends every generated row to both files, so they hold the very same data. */
class Both implements Writer {
  constructor(private readonly targets: Writer[]) {}
  row(table: string, values: Row): void {
    for (const t of this.targets) t.row(table, values);
  }
}

export interface BuiltVaults {
  encrypted: string;
  plain: string;
  counts: Counts;
  buildMs: number;
  encryptedMb: number;
  plainMb: number;
}

export function buildVaults(dir: string): BuiltVaults {
  const encrypted = join(dir, 'ten-years.vault');
  const plain = join(dir, 'ten-years-plain.sqlite');
  for (const p of [encrypted, plain]) if (existsSync(p)) throw new Error(`${p} already exists`);
  const started = performance.now();
  const vault = createVault(encrypted, PASSPHRASE);
  const twin = openPlain(plain, { create: true });
  try {
    const loaders = [new BulkLoader(vault), new BulkLoader(twin)];
    const counts = generate(new Both(loaders));
    for (const l of loaders) l.finish();
    closeVault(vault);
    closeVault(twin);
    const mb = (p: string) => statSync(p).size / 2 ** 20;
    return { encrypted, plain, counts, buildMs: performance.now() - started, encryptedMb: mb(encrypted), plainMb: mb(plain) };
  } finally {
    if (vault.open) vault.close();
    if (twin.open) twin.close();
  }
}

// Run on its own (`node --import tsx bench/build.ts DIR`), the build stays out of the measuring process's memory.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: bench/build.ts DIR');
  process.stdout.write(`${JSON.stringify(buildVaults(dir))}\n`);
}
