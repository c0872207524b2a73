import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TamgaError } from '../../shared/result';

export type FileGrant = { handle: string; name: string; size: number };

/**
 * Main imports only files it handed out itself. Electron main grants a path when the person picked or dropped
 * it (the preload reports trusted events only); the renderer then holds an opaque, one-time handle and never a
 * path, so nothing it sends can make main read `/etc/passwd`, a private key or `/proc/self/environ`.
 */
export class FileGrants {
  private readonly granted = new Map<string, string>();

  constructor(private readonly limit = 10_000) {}

  /** Refuses anything that is not a regular file: directories, devices, FIFOs, sockets. */
  async grant(path: string): Promise<FileGrant> {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new TamgaError('item.sourceUnreadable', { path: basename(path), reason: 'notRegularFile' });
    // A renderer that keeps asking must not grow main's memory without bound; the oldest grant goes first.
    if (this.granted.size >= this.limit) this.granted.delete(this.granted.keys().next().value!);
    const handle = randomBytes(16).toString('hex');
    this.granted.set(handle, path);
    return { handle, name: basename(path), size: info.size };
  }

  /** The path behind a handle, once: a second use of the same handle finds nothing. */
  take(handle: string): string | undefined {
    const path = this.granted.get(handle);
    this.granted.delete(handle);
    return path;
  }
}
