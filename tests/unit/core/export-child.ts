// Run by failure.test.ts and killed with SIGKILL while it writes.
//   TARGET MEGABYTES  writes MEGABYTES of a known pattern to TARGET with writeFileAtomic
import { writeSync } from 'node:fs';
import { writeFileAtomic } from '../../../src/core/files';

const [target, megabytes] = process.argv.slice(2);
// Real documents are small enough to be written before any kill could land; the size gives the
// kill a window, and the write path does not care what the bytes are.
const bytes = Buffer.alloc(Number(megabytes) * 2 ** 20, 'Minutes of the 3rd Meeting. ');
writeSync(1, 'writing\n');
writeFileAtomic(target, bytes);
writeSync(1, 'done\n');
