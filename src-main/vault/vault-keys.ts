/**
 * Defends against: one compromised use of the master key reaching the others (renderer records vs. blobs vs. log).
 * Follows: HKDF-SHA256 (RFC 5869), empty salt, info "tamga v1 <label>", 32-byte outputs.
 * Vectors: tests/unit/main/vault/vault-keys.test.ts (labels give distinct, stable subkeys).
 */
import { hkdfSync } from 'node:crypto';
import type { Disposable } from '../../shared/lifecycle';
import { TamgaError } from '../../shared/result';

/**
 * `records` and `index` go to the renderer (I6). `items` seals main's evidence-item records and `device` the
 * signing key: both are main-only, so they get their own labels rather than sharing `records` with the renderer.
 */
export const SUBKEY_LABELS = ['records', 'blobs', 'index', 'custody', 'items', 'device', 'check', 'journal', 'backup'] as const;
export type SubkeyLabel = (typeof SUBKEY_LABELS)[number];

export const deriveSubkey = (masterKey: Uint8Array, label: SubkeyLabel): Buffer =>
  Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `tamga v1 ${label}`, 32));

/** The unlocked key material. Locking disposes it: every buffer is zero-filled and later reads throw 'vault.locked'. */
export class VaultKeys implements Disposable {
  private readonly subkeys = new Map<SubkeyLabel, Buffer>();
  private disposed = false;

  constructor(private readonly master: Buffer) {
    for (const label of SUBKEY_LABELS) this.subkeys.set(label, deriveSubkey(master, label));
  }

  get masterKey(): Buffer {
    this.assertLive();
    return this.master;
  }

  get(label: SubkeyLabel): Buffer {
    this.assertLive();
    return this.subkeys.get(label)!;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.master.fill(0);
    for (const key of this.subkeys.values()) key.fill(0);
    this.subkeys.clear();
  }

  private assertLive(): void {
    if (this.disposed) throw new TamgaError('vault.locked');
  }
}
