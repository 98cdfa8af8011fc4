import { startHarness } from '../src/harness/server';
import { NOW } from './dataset';

// The UI measurement's app process: the real harness on the big vault, on the benchmark's clock
// so that "overdue" means the same as in the core figures.
const [vaultPath, rendererDir] = process.argv.slice(2);
if (!vaultPath || !rendererDir) throw new Error('usage: bench/harness.ts VAULT RENDERER_DIR');
const harness = await startHarness({ vaultPath, rendererDir, port: 0, clock: () => NOW });
process.stdout.write(`${harness.url}\n`);
process.once('SIGTERM', () => void harness.close().finally(() => process.exit(0)));
