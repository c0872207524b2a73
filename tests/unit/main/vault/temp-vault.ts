import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createVaultService, type VaultService, type VaultServiceOptions } from '../../../../src-main/vault';

/** Argon2id at its smallest, allowed only through the explicit test option; real cost is covered by the fixture. */
export const TINY_KDF = { cost: { memoryKiB: 8, iterations: 1, parallelism: 1 }, unsafeAcceptWeak: true } as const;

const dirs: string[] = [];
const services: VaultService[] = [];
afterEach(() => {
  for (const service of services.splice(0)) service.dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-test-'));
  dirs.push(dir);
  return dir;
}

/** A fixed clock that moves one second per call, so custody timestamps are distinct and predictable. */
export function steppingClock(start = Date.UTC(2025, 0, 1)) {
  let t = start;
  return () => new Date((t += 1000));
}

export function openTestVault(options: Partial<VaultServiceOptions> = {}): VaultService & { dataDir: string } {
  const dataDir = options.dataDir ?? tempDir();
  const service = createVaultService({ dataDir, now: steppingClock(), kdf: TINY_KDF, chunkShift: 6, ...options });
  services.push(service);
  return Object.assign(service, { dataDir });
}

export async function* bytesOf(...parts: Array<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

export async function readAll(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

export async function codeOf(fn: () => unknown): Promise<string | undefined> {
  try {
    await fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code ?? 'not a TamgaError';
  }
}
