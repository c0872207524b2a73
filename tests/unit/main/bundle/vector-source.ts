import { createHash, createPrivateKey, sign } from 'node:crypto';
import type { BundleSource } from '../../../../src-main/bundle';
import { fingerprintOf } from '../../../../src-main/bundle/bundle-layout';
import type { CustodyEvent, ItemRecord } from '../../../../shared/ipc/channels/vault';

/** RFC 8032 §7.1 test 1 key pair, so anyone can re-derive the vector's signature. */
export const VECTOR_SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
export const VECTOR_PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
export const VECTOR_TIME = new Date('2025-03-01T10:00:00.000Z');
export const VECTOR_BUNDLE_ID = '0123456789abcdef0123456789abcdef';
export const VECTOR_CASES = [{ id: 'case-1', title: 'Detention in Almaty' }];

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(VECTOR_SEED, 'hex')]), format: 'der', type: 'pkcs8' });
const publicKey = Buffer.from(VECTOR_PUBLIC_KEY, 'hex');

const items: Array<ItemRecord & { bytes: Buffer }> = [
  { id: 'a'.repeat(32), blobId: 'c'.repeat(32), size: 0, sha256: '', originalName: 'протокол.txt', mediaType: 'text/plain', importedAt: '2025-03-01T09:00:00.000Z', bytes: Buffer.from('Протокол допроса, 12.03.2024\n') },
  { id: 'b'.repeat(32), blobId: 'd'.repeat(32), size: 0, sha256: '', originalName: 'photo.jpg', importedAt: '2025-03-01T09:01:00.000Z', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3]) },
].map((item) => ({ ...item, size: item.bytes.length, sha256: createHash('sha256').update(item.bytes).digest('hex') }));

const fingerprint = fingerprintOf(publicKey);
const events: CustodyEvent[] = [
  { index: 0, event: 'vault.created', at: '2025-03-01T08:59:00.000Z', actor: 'owner', device: fingerprint },
  { index: 1, event: 'item.imported', at: '2025-03-01T09:00:00.000Z', actor: 'owner', device: fingerprint, itemId: items[0]!.id, details: { sha256: items[0]!.sha256 } },
  { index: 2, event: 'item.imported', at: '2025-03-01T09:01:00.000Z', actor: 'owner', device: fingerprint, itemId: items[1]!.id, details: { sha256: items[1]!.sha256 } },
  { index: 3, event: 'item.viewed', at: '2025-03-01T09:30:00.000Z', actor: 'owner', device: fingerprint, itemId: items[0]!.id },
];

/** A vault stand-in with a fixed key, items and history: the same inputs always give the same bundle entries. */
export const vectorSource = (): BundleSource => ({
  listItems: async () => items.map(({ bytes: _bytes, ...record }) => record),
  custodyEvents: async () => events,
  async *readItemForExport(itemId: string) {
    yield items.find((item) => item.id === itemId)!.bytes;
  },
  deviceIdentity: () => ({ publicKey: publicKey.toString('base64'), fingerprint }),
  sign: (bytes: Uint8Array) => sign(null, bytes, key),
  recordExport: async () => undefined,
});

export const VECTOR_ITEM_IDS = items.map((item) => item.id);
