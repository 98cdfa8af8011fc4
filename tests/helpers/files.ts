import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A file's digest, to show that a refused or read-only step left it byte-for-byte as it was. */
export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
