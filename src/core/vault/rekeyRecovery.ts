import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DriverOptions } from './handles';
import { openKeyed } from './keyed';

const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

function readAt(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.alloc(length);
  return buf.subarray(0, readSync(fd, buf, 0, length, position));
}

/**
 * SQLite3MC 2.3 gives the vault a new salt when it re-keys, in the one transaction that
 * rewrites every page. Killed midway, page 1 already carries the new salt, while the hot
 * journal that undoes the change holds pages under the old key, derived from the old salt:
 * neither passphrase opens the file. The journal's copy of page 1 still starts with the old
 * salt. Returns it (hex) when a hot journal holds page 1 with a salt other than the file's.
 */
export function interruptedRekeySalt(path: string): string | null {
  const journal = `${path}-journal`;
  if (!existsSync(journal)) return null;
  const fd = openSync(journal, 'r');
  try {
    const header = readAt(fd, 28, 0);
    if (header.length < 28 || !header.subarray(0, 8).equals(JOURNAL_MAGIC)) return null;
    const records = header.readUInt32BE(8);
    const sectorSize = header.readUInt32BE(20);
    const pageSize = header.readUInt32BE(24);
    if (sectorSize < 32 || sectorSize > 65536 || pageSize < 512 || pageSize > 65536) return null;
    const size = fstatSync(fd).size;
    for (let i = 0, at = sectorSize; i < records && at + 4 + pageSize <= size; i++, at += pageSize + 8) {
      if (readAt(fd, 4, at).readUInt32BE(0) !== 1) continue;
      const salt = readAt(fd, 16, at + 4);
      const fileFd = openSync(path, 'r');
      try {
        return salt.equals(readAt(fileFd, 16, 0)) ? null : salt.toString('hex');
      } finally {
        closeSync(fileFd);
      }
    }
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Rolls back a re-key that was killed midway, if that is what stops `key` from opening the
 * vault: opening with the old salt lets SQLite replay its journal, which restores the old key
 * and salt throughout. Returns whether it did; with any other key nothing is written.
 */
export function recoverInterruptedRekey(path: string, passphrase: string, options: DriverOptions = {}): boolean {
  const salt = interruptedRekeySalt(path);
  if (!salt) return false;
  try {
    openKeyed(path, passphrase, { ...options, salt }).close();
    return true;
  } catch {
    return false;
  }
}
