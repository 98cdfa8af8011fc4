import { parseArgs } from 'node:util';
import { ensureRendererBuilt, startHarness } from './server';

const USAGE = 'Usage: npm run web -- [--vault FILE]   (PORT=5199 by default; PORT=0 picks a free port)';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { vault: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 5199 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, not "${process.env.PORT}".`);

  await ensureRendererBuilt();
  const harness = await startHarness({ vaultPath: values.vault ?? null, port });
  // The one line on stdout: tests and scripts read the address from it.
  process.stdout.write(`${harness.url}\n`);

  const stop = () => {
    harness.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
  process.exit(1);
});
