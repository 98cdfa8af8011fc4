import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from './errors';

function ioError(err: unknown, path: string): AppError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new AppError('IO', `The folder for ${path} does not exist.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('IO', `${path} cannot be written here: permission denied.`);
  if (code === 'ENOSPC') return new AppError('IO', `The disk is full: ${path} was not written.`);
  if (code === 'EISDIR') return new AppError('IO', `${path} is a folder, not a file.`);
  return new AppError('IO', `${path} could not be written (${code ?? 'unknown error'}).`);
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the target's own folder
 * (so the rename cannot cross file systems), are flushed to disk, and the temporary file is then
 * renamed over the target. A reader never sees half a document, and a crash leaves either the
 * old file or the new one. Without `force` an existing target is refused, checked at the moment
 * of the rename rather than before it, so a file that appears meanwhile is not overwritten either.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, options: { force?: boolean } = {}): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    let written = 0;
    while (written < bytes.byteLength) written += writeSync(fd, bytes, written, bytes.byteLength - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.force) renameSync(temp, path);
    else publishNew(temp, path);
    syncFolder(dir);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppError('FILE_EXISTS', `${path} already exists; nothing was written. Choose another name, or confirm that it should be replaced.`);
    throw ioError(err, path);
  }
}

/**
 * Moves the finished temp file to a name that must not exist yet. link() fails with EEXIST
 * where rename() would replace silently; on file systems without hard links (FAT and exFAT
 * memory sticks, some network shares) a check right before the rename is the best there is.
 */
function publishNew(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, path);
    return;
  }
  rmSync(temp, { force: true });
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is not an error. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; its rename is already durable on NTFS.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
