import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Invariant I4: a crash at any instant leaves the old file or the new one, never a mix. New bytes go to a temp
 * file in the target's own directory (so the rename stays on one filesystem and is atomic), are fsynced, renamed
 * over the target, and then the directory is fsynced so the rename itself survives a power cut.
 */
export const TEMP_PREFIX = '.tmp-';

export const isTempName = (name: string): boolean => name.startsWith(TEMP_PREFIX);

export type AtomicFile = {
  readonly handle: FileHandle;
  readonly tempPath: string;
  /** fsync, rename over the target, fsync the directory; the handle is closed afterwards. */
  commit(): Promise<void>;
  /** Close and delete the temp file; safe to call after a failed commit or twice. */
  abort(): Promise<void>;
};

export async function openAtomicFile(targetPath: string): Promise<AtomicFile> {
  const dir = dirname(targetPath);
  const tempPath = join(dir, `${TEMP_PREFIX}${basename(targetPath)}-${randomBytes(6).toString('hex')}`);
  const handle = await open(tempPath, 'wx', 0o600);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    handle,
    tempPath,
    async commit() {
      await handle.sync();
      await close();
      await rename(tempPath, targetPath);
      await fsyncDirectory(dir);
    },
    async abort() {
      await close().catch(() => undefined);
      await rm(tempPath, { force: true });
    },
  };
}

export async function writeFileAtomic(targetPath: string, bytes: Uint8Array | string): Promise<void> {
  const file = await openAtomicFile(targetPath);
  try {
    await file.handle.writeFile(bytes);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/** Makes a rename or unlink in `dir` durable. Some platforms (Windows) cannot open a directory; there it is a no-op. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!isUnsupportedDirSync(error)) throw error;
  } finally {
    await handle?.close();
  }
}

const isUnsupportedDirSync = (error: unknown): boolean =>
  ['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '');

/** Deletes temp files a crash left behind, in `dir` and (when `depth` > 0) its subdirectories. Returns how many. */
export async function sweepTempFiles(dir: string, depth = 0): Promise<number> {
  let swept = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (isTempName(name)) {
      await rm(path, { force: true });
      swept++;
    } else if (depth > 0 && (await stat(path)).isDirectory()) {
      swept += await sweepTempFiles(path, depth - 1);
    }
  }
  return swept;
}

/** Synchronous twin for tiny files written from synchronous APIs (settings); same temp → fsync → rename → fsync dir. */
export function writeFileAtomicSync(targetPath: string, bytes: Uint8Array | string): void {
  const dir = dirname(targetPath);
  const tempPath = join(dir, `${TEMP_PREFIX}${basename(targetPath)}-${randomBytes(6).toString('hex')}`);
  const fd = openSync(tempPath, 'wx', 0o600);
  try {
    writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tempPath, targetPath);
  try {
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch (error) {
    if (!isUnsupportedDirSync(error)) throw error;
  }
}

/**
 * Appends to an append-only file at `offset`, the end of its last committed record, and cuts whatever lies after
 * (a torn tail from a crash), then fdatasyncs: when this resolves the bytes survive a power cut.
 */
export async function appendDurably(path: string, offset: number, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, offset);
    await handle.truncate(offset + bytes.length);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
