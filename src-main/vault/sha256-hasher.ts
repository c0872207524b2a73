/**
 * SHA-256 of the original bytes during import. One SHA-256 stream cannot be split across cores, so for large
 * files it runs on a worker thread and overlaps with encryption and writing on the main thread (ARCHITECTURE §6).
 * The worker reads the import's buffers in place from a SharedArrayBuffer: copying or transferring every buffer
 * cost the main thread (the busier one) as much time as the encryption saved by moving the hash off it.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

export interface Sha256Hasher {
  /**
   * Hashes `data`, which must stay unchanged until the returned promise settles; after that the caller may reuse
   * it. The inline hasher is done before it returns; the worker may still be reading the bytes until then.
   */
  update(data: Uint8Array): Promise<void>;
  digest(): Promise<string>;
  /** Stops a worker early (failed import); harmless after digest(). */
  abort(): void;
}

/** Below this size a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD_BYTES = 16 << 20;

/**
 * `shared` is the buffer the caller will pass views of; those go to the worker as offsets, with no copy. Views of
 * any other buffer are copied and the copy transferred.
 */
export function createSha256Hasher(expectedSize: number | undefined, shared?: SharedArrayBuffer): Sha256Hasher {
  return expectedSize !== undefined && expectedSize >= WORKER_THRESHOLD_BYTES ? new WorkerSha256(shared) : new InlineSha256();
}

class InlineSha256 implements Sha256Hasher {
  private readonly hash = createHash('sha256');
  async update(data: Uint8Array) {
    this.hash.update(data);
  }
  async digest() {
    return this.hash.digest('hex');
  }
  abort() {}
}

// Plain JS evaluated in the worker, so it runs the same under tsx, vitest and the bundled build. Messages are
// handled in order and each is acknowledged once its bytes are hashed, so the caller may then reuse them.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
const shared = workerData ? new Uint8Array(workerData) : undefined;
parentPort.on('message', (message) => {
  if (message === 'digest') { parentPort.postMessage({ digest: hash.digest('hex') }); return; }
  hash.update(Array.isArray(message) ? shared.subarray(message[0], message[0] + message[1]) : new Uint8Array(message));
  parentPort.postMessage(0);
});`;

class WorkerSha256 implements Sha256Hasher {
  private readonly worker: Worker;
  /** One entry per update() not yet acknowledged, oldest first (the worker answers in order). */
  private readonly acks: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  private result: { resolve: (digest: string) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(private readonly shared: SharedArrayBuffer | undefined) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    this.worker.on('message', (message: number | { digest: string }) => {
      if (typeof message === 'number') this.acks.shift()?.resolve();
      else this.result?.resolve(message.digest);
    });
    this.worker.on('error', (error) => this.fail(error));
    // After terminate() (abort, or once the digest is in) nothing may be left waiting on an answer that never comes.
    this.worker.on('exit', () => this.fail(new Error('SHA-256 worker exited')));
  }

  update(data: Uint8Array): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const acked = new Promise<void>((resolve, reject) => this.acks.push({ resolve, reject }));
    if (this.shared !== undefined && data.buffer === this.shared) {
      this.worker.postMessage([data.byteOffset, data.byteLength]);
    } else {
      // Not in the shared buffer: copy, then transfer the copy, since the caller may reuse its buffer at once.
      const copy = new Uint8Array(data).buffer;
      this.worker.postMessage(copy, [copy]);
    }
    return acked;
  }

  async digest(): Promise<string> {
    if (this.failure) throw this.failure;
    const digest = new Promise<string>((resolve, reject) => (this.result = { resolve, reject }));
    this.worker.postMessage('digest');
    try {
      return await digest;
    } finally {
      void this.worker.terminate();
    }
  }

  abort(): void {
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const ack of this.acks.splice(0)) ack.reject(error);
    this.result?.reject(error);
  }
}
