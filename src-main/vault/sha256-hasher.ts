/**
 * SHA-256 of the original bytes during import. One SHA-256 stream cannot be split across cores, so for large
 * files it runs on a worker thread and overlaps with encryption and writing on the main thread (ARCHITECTURE §6).
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

export interface Sha256Hasher {
  update(data: Uint8Array): Promise<void>;
  digest(): Promise<string>;
  /** Stops a worker early (failed import); harmless after digest(). */
  abort(): void;
}

/** Below this size a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD_BYTES = 16 << 20;
/** Bytes in flight to the worker before update() waits: keeps memory flat if the hash ever falls behind. */
const MAX_IN_FLIGHT = 16 << 20;

export function createSha256Hasher(expectedSize: number | undefined): Sha256Hasher {
  return expectedSize !== undefined && expectedSize >= WORKER_THRESHOLD_BYTES ? new WorkerSha256() : new InlineSha256();
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

// Plain JS evaluated in the worker, so it runs the same under tsx, vitest and the bundled build.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (message) => {
  if (message === 'digest') { parentPort.postMessage({ digest: hash.digest('hex') }); return; }
  hash.update(new Uint8Array(message));
  parentPort.postMessage({ ack: message.byteLength });
});`;

class WorkerSha256 implements Sha256Hasher {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
  private inFlight = 0;
  private waiter: (() => void) | undefined;
  private result: ((digest: string) => void) | undefined;
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (message: { ack?: number; digest?: string }) => {
      if (message.ack !== undefined) {
        this.inFlight -= message.ack;
        this.wake();
      } else if (message.digest !== undefined) this.result?.(message.digest);
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.wake();
    });
  }

  async update(data: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    // Copy, then transfer the copy: the caller may reuse its buffer, and a memcpy is cheap next to SHA-256.
    const copy = new Uint8Array(data).buffer;
    this.inFlight += copy.byteLength;
    this.worker.postMessage(copy, [copy]);
    while (this.inFlight > MAX_IN_FLIGHT && !this.failure) await new Promise<void>((resolve) => (this.waiter = resolve));
    if (this.failure) throw this.failure;
  }

  async digest(): Promise<string> {
    const digest = new Promise<string>((resolve) => (this.result = resolve));
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

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }
}
