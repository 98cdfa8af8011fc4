import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { sha256 } from '../helpers/files';
import { ROOT, SAMPLE_MEETING as SAMPLE, TRAFFICKING_MEETING as TRAFFICKING } from '../helpers/paths';
import { PASSPHRASE, tempDir } from '../helpers/vault';


describe('secretariat command line', () => {
  let dir: string;
  let vault: string;
  let pass: string;
  const env = () => ({ SECRETARIAT_PASSPHRASE: PASSPHRASE });

  beforeAll(() => {
    dir = tempDir();
    vault = join(dir, 'committee.vault');
    pass = join(dir, 'pass.txt');
    writeFileSync(pass, `${PASSPHRASE}\n`);
  });

  it('prints help; an unknown command or missing argument is a usage error (exit 2)', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['init', 'import', 'meetings', 'actions', 'passwd', 'check']) expect(help.stdout).toContain(c);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['init']).code).toBe(2);
    const noTrace = cli(['meetings', join(dir, 'x.vault'), '--bogus']);
    expect(noTrace.code).toBe(2);
    expect(noTrace.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('runs as `npx secretariat` from the project, as the README tells a newcomer', () => {
    const r = spawnSync('npx', ['--no-install', 'secretariat', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^secretariat: the command line of Secretariat/);
  });

  it('never takes a passphrase as an argument', () => {
    const r = cli(['init', join(dir, 'arg.vault'), '--passphrase', PASSPHRASE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never taken as an argument/);
    expect(readdirSync(dir)).not.toContain('arg.vault');
  });

  it('init creates a vault, refuses an existing file, and refuses a short passphrase', () => {
    const created = cli(['init', vault, '--passphrase-file', pass]);
    expect(created.code).toBe(0);
    expect(readFileSync(vault).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const before = sha256(vault);
    const again = cli(['init', vault, '--passphrase-file', pass]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(sha256(vault)).toBe(before);
    const weak = cli(['init', join(dir, 'weak.vault')], { SECRETARIAT_PASSPHRASE: 'too short' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 12 characters/);
    expect(weak.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('without a passphrase and without a terminal, says how to give one', () => {
    const r = cli(['meetings', vault]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--passphrase-file/);
  });

  it('a wrong passphrase is exit 1 with one sentence and the file unchanged', () => {
    const before = sha256(vault);
    const r = cli(['meetings', vault], { SECRETARIAT_PASSPHRASE: 'this is not the passphrase' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('The passphrase is wrong for this vault. Check it and try again.');
    expect(sha256(vault)).toBe(before);
  });

  it('imports two packages, prints meeting ids, and lists meetings as JSON', () => {
    const a = cli(['import', vault, SAMPLE], env());
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout.trim()).toMatch(/^\d+$/);
    const b = cli(['import', vault, TRAFFICKING, '--passphrase-file', pass]);
    expect(b.code).toBe(0);
    const list = cli(['meetings', vault, '--json'], env());
    expect(list.code).toBe(0);
    const meetings = JSON.parse(list.stdout) as { id: number; committee: string; number: number; startsAt: string; status: string }[];
    expect(meetings).toHaveLength(2);
    expect(meetings).toContainEqual({
      id: Number(a.stdout.trim()),
      committee: 'Higher Committee for Occupational Safety and Health',
      number: 3,
      startsAt: '2026-03-15T10:00:00+03:00',
      status: 'draft',
    });
    expect(meetings.map((m) => m.committee)).toContain('National Committee to Combat Trafficking in Persons');
  });

  it('lists actions with filters as JSON', () => {
    const all = JSON.parse(cli(['actions', vault, '--json'], env()).stdout) as { owner: string; due: string; status: string; meeting: { committee: string } }[];
    expect(all).toHaveLength(6);
    const health = JSON.parse(cli(['actions', vault, '--owner', 'priya', '--json'], env()).stdout) as typeof all;
    expect(health.map((a) => a.owner)).toEqual(['Priya Raman']);
    expect(health[0]).toMatchObject({ due: '2026-05-31', status: 'open', meeting: { committee: 'Higher Committee for Occupational Safety and Health' } });
    const body = JSON.parse(cli(['actions', vault, '--owner', 'Labour Market', '--json'], env()).stdout) as typeof all;
    expect(body.map((a) => a.owner)).toEqual(['Labour Market Authority']);
    // Every due date in both packages is in 2026 and before today's date on this calendar.
    const overdue = JSON.parse(cli(['actions', vault, '--status', 'overdue', '--json'], env()).stdout) as typeof all;
    expect(overdue.length).toBe(all.filter((a) => a.due < new Date().toISOString().slice(0, 10)).length);
    expect(JSON.parse(cli(['actions', vault, '--status', 'done', '--json'], env()).stdout)).toEqual([]);
    expect(cli(['actions', vault, '--status', 'finished'], env()).code).toBe(2);
  });

  it('rejects a malformed package whole, naming every problem by path, and writes nothing', () => {
    const pkg = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    pkg.committee.name = 'A committee that must not appear';
    pkg.meeting.number = 'three';
    pkg.meeting.startsAt = 'next Tuesday';
    pkg.meeting.agenda[1].actions[0].owner = 'nobody';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(pkg));
    const before = cli(['meetings', vault, '--json'], env()).stdout;
    const r = cli(['import', vault, bad], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('meeting.number');
    expect(r.stderr).toContain('meeting.startsAt');
    expect(r.stderr).toContain('meeting.agenda[1].actions[0].owner');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(cli(['meetings', vault, '--json'], env()).stdout).toBe(before);
    writeFileSync(bad, '{ not json');
    const notJson = cli(['import', vault, bad], env());
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not valid JSON/);
  });

  it('exports minutes, press statement, register and action report as .docx, never overwriting without --force', () => {
    const [meeting] = JSON.parse(cli(['meetings', vault, '--json'], env()).stdout) as { id: number }[];
    const outputs: Record<string, string[]> = {
      minutes: ['--meeting', String(meeting.id)],
      press: ['--meeting', String(meeting.id)],
      decisions: ['--committee', '1'],
      actions: [],
    };
    for (const [kind, extra] of Object.entries(outputs)) {
      const out = join(dir, `${kind}.docx`);
      const r = cli(['export', kind, vault, ...extra, '--out', out], env());
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    }
    const minutes = join(dir, 'minutes.docx');
    const before = sha256(minutes);
    const again = cli(['export', 'minutes', vault, '--meeting', String(meeting.id), '--out', minutes], env());
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
    expect(sha256(minutes)).toBe(before);
    expect(cli(['export', 'minutes', vault, '--meeting', String(meeting.id), '--out', minutes, '--force'], env()).code).toBe(0);
    expect(cli(['export', 'agenda', vault, '--out', join(dir, 'x.docx')], env()).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('check passes on a good vault and names the damage on a bad one, leaving it as it was', () => {
    expect(cli(['check', vault], env()).code).toBe(0);
    const damaged = join(dir, 'damaged.vault');
    const bytes = readFileSync(vault);
    bytes.fill(0x5a, 4096 * 5 + 64, 4096 * 5 + 512);
    writeFileSync(damaged, bytes);
    const before = sha256(damaged);
    const r = cli(['check', damaged], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/damaged/);
    expect(sha256(damaged)).toBe(before);
  });

  it('passwd changes the passphrase; the old one stops working', () => {
    const next = join(dir, 'next.txt');
    writeFileSync(next, 'a brand new passphrase for the vault\n');
    const short = join(dir, 'short.txt');
    writeFileSync(short, 'short\n');
    expect(cli(['passwd', vault, '--new-passphrase-file', short], env()).code).toBe(1);
    expect(cli(['passwd', vault], env()).code).toBe(2);
    const r = cli(['passwd', vault, '--new-passphrase-file', next], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(cli(['meetings', vault], env()).code).toBe(1);
    expect(cli(['meetings', vault, '--passphrase-file', next]).code).toBe(0);
  });
});
