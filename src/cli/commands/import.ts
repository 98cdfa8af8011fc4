import { readFileSync } from 'node:fs';
import { call } from '../../core/dispatcher';
import { AppError } from '../../core/errors';
import type { Command } from '../command';
import { vaultOptions } from '../command';
import { out, UsageError } from '../io';
import { withVault } from '../withVault';

/** Packages are small; a larger file is a mistake (or hostile) and is refused before parsing. */
const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;

export function readPackageFile(file: string): unknown {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_PACKAGE_BYTES) throw new AppError('PACKAGE_INVALID', `${file} is larger than 20 MB; it is not a meeting package.`);
    text = bytes.toString('utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('IO', `${file} could not be read.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new AppError('PACKAGE_INVALID', `${file} is not valid JSON (${(err as Error).message}); nothing was imported.`);
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import a meeting package (secretariat.meeting/1 JSON); prints the meeting id',
  usage: 'secretariat import VAULT PACKAGE.json',
  options: { ...vaultOptions },
  async run({ positionals: [vault, file], values }, io) {
    if (!file) throw new UsageError('Name the package file to import.');
    const pkg = readPackageFile(file);
    const result = await withVault(io, vault, values, (host) => call(host, 'packages.import', { package: pkg }));
    out(io, String(result.meetingId));
  },
};
