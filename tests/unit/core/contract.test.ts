import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, invalidatedBy, isCommand, type MethodName } from '../../../src/shared/api';
import { dispatch } from '../../../src/core/dispatcher';
import { appendAudit } from '../../../src/core/db/audit';
import { write } from '../../../src/core/session';
import { dumpTables } from '../../helpers/dump';
import { ROOT } from '../../helpers/paths';
import { newVault } from '../../helpers/vault';

const methods = Object.keys(api) as MethodName[];
const namespaceOf = (m: string) => m.slice(0, m.indexOf('.'));

describe('the contract', () => {
  it('is laid out by method name: a method, its handler and its service live in files named for its namespace', () => {
    const misplaced: string[] = [];
    for (const m of methods) {
      const ns = namespaceOf(m);
      for (const file of [`src/shared/api/${ns}.ts`, `src/core/handlers/${ns}.ts`])
        if (!readFileSync(join(ROOT, file), 'utf8').includes(`'${m}'`)) misplaced.push(`${m} is not in ${file}`);
    }
    expect(misplaced).toEqual([]);
  });

  it('every command declares what it makes stale, and names only methods of the contract', () => {
    const commands = methods.filter(isCommand);
    expect(commands.length).toBeGreaterThan(30);
    for (const m of commands) {
      const stale = invalidatedBy(m);
      if (stale === 'all') continue;
      expect(stale.length, `${m} declares nothing stale`).toBeGreaterThan(0);
      for (const read of stale) expect(methods, `${m} invalidates ${read}`).toContain(read);
    }
    expect(isCommand('meetings.get')).toBe(false);
    expect(invalidatedBy('meetings.get')).toEqual([]);
  });
});

describe('a query cannot write', () => {
  it('a session that serves a query refuses to open a write transaction, and nothing changes', async () => {
    const { host } = await newVault();
    const before = dumpTables(host.session().db);
    const reading = host.session('meetings.get');
    expect(() => write(reading, (tx) => appendAudit(tx, 'sneaky.write', 'vault', null))).toThrowError(
      expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('meetings.get is declared as a read') }),
    );
    expect(dumpTables(host.session().db)).toEqual(before);
  });

  it('the dispatcher hands queries that read-only session and commands a writable one', async () => {
    const { host } = await newVault();
    const created = await dispatch(host, 'committees.create', { name: 'National Committee' });
    expect(created.ok).toBe(true);
    const listed = await dispatch(host, 'committees.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'National Committee' }] });
  });
});
