import type { ParseArgsConfig } from 'node:util';
import type { Io } from './io';

export interface Command {
  name: string;
  /** Shown in `secretariat --help`. */
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { positionals: string[]; values: Record<string, string | boolean | undefined> }, io: Io): Promise<number | void>;
}

/** Options every command that opens a vault accepts. */
export const vaultOptions = {
  'passphrase-file': { type: 'string' },
  as: { type: 'string' },
} as const;
