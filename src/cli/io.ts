import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { AppError } from '../core/errors';

/** A mistake in how the command was called: exit 2 with the usage line. */
export class UsageError extends Error {}

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };
  env: NodeJS.ProcessEnv;
}

export const out = (io: Io, line = '') => io.stdout.write(`${line}\n`);

/**
 * The passphrase never comes from an argument (it would sit in shell history and `ps`):
 * a file, the environment, or a hidden prompt, in that order.
 */
export async function readPassphrase(io: Io, file: string | undefined, prompt = 'Passphrase: '): Promise<string> {
  if (file !== undefined) return readSecretFile(file);
  const fromEnv = io.env.SECRETARIAT_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!io.stdin.isTTY || !io.stdin.setRawMode)
    throw new AppError(
      'VALIDATION',
      'No passphrase given: use --passphrase-file FILE, set SECRETARIAT_PASSPHRASE, or run the command in a terminal to be asked.',
    );
  return promptHidden(io, prompt);
}

export function readSecretFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('IO', `The passphrase file ${file} could not be read.`);
  }
  // Editors add a final newline; a passphrase never ends in one.
  return text.replace(/\r?\n$/, '');
}

function promptHidden(io: Io, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = io.stdin;
    io.stderr.write(prompt);
    stdin.setRawMode!(true);
    stdin.resume();
    let value = '';
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(value));
        if (ch === '\u0003') return finish(() => reject(new UsageError('Cancelled.')));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    const finish = (then: () => void) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode!(false);
      stdin.pause();
      io.stderr.write('\n');
      then();
    };
    stdin.on('data', onData);
  });
}

/** Who is recorded in the audit trail for writes made from the command line. */
export function actorName(io: Io, given: string | undefined): string {
  const name = given ?? io.env.SECRETARIAT_USER ?? safeUserName();
  return `${name} (command line)`;
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown user';
  }
}

export function parseId(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new UsageError(`${flag} needs a record number, like ${flag} 12.`);
  return Number(value);
}
