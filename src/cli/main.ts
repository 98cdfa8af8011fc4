import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import type { Command } from './command';
import { actionsCommand } from './commands/actions';
import { approveCommand } from './commands/approve';
import { auditCommand } from './commands/audit';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { meetingsCommand } from './commands/meetings';
import { passwdCommand } from './commands/passwd';
import { restoreCommand } from './commands/restore';
import { UsageError, type Io } from './io';

export const COMMANDS: Command[] = [initCommand, importCommand, meetingsCommand, actionsCommand, passwdCommand, checkCommand, exportCommand, backupCommand, restoreCommand, approveCommand, auditCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'secretariat: the command line of Secretariat, over the same encrypted vault as the app.',
    '',
    'Usage: secretariat COMMAND [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The passphrase is read from --passphrase-file FILE, the SECRETARIAT_PASSPHRASE variable,',
    'or a hidden prompt; never from an argument. Writes are recorded in the audit trail under',
    '--as NAME (or SECRETARIAT_USER, or your login name).',
    '',
    'Run "secretariat COMMAND --help" for a command\'s options.',
  ].join('\n');
}

/** Exit codes: 0 success, 1 an error (one sentence on stderr), 2 a usage error. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${help()}\n`);
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`Usage: ${command.usage}\n`);
      return 0;
    }
    if (rest.includes('--passphrase'))
      throw new UsageError('A passphrase is never taken as an argument: use --passphrase-file FILE or SECRETARIAT_PASSPHRASE.');
    const { positionals, values } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return (await command.run({ positionals, values: values as Record<string, string | boolean | undefined> }, io)) ?? 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(err as Error).message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      io.stderr.write(`${err.message}\n`);
      for (const issue of err.issues ?? []) io.stderr.write(`  ${issue.path || '(package)'}: ${issue.message}\n`);
      return 1;
    }
    io.stderr.write(`Unexpected failure: ${(err as Error).message ?? String(err)}\n`);
    return 1;
  }
}
