import type { VaultService } from '../../../../src-main/vault';

/** Just enough of a vault for transport tests: items in memory, ranges sliced as the real reader does. */
export function fakeVault(files: Record<string, { bytes: Buffer; mediaType?: string; name?: string }>): VaultService {
  return {
    async listItems() {
      return Object.entries(files).map(([id, file]) => ({
        id,
        blobId: id,
        sha256: '0'.repeat(64),
        size: file.bytes.length,
        originalName: file.name ?? 'file',
        mediaType: file.mediaType,
        importedAt: '2026-01-01T00:00:00.000Z',
      }));
    },
    async *readItem(itemId: string, range?: { start: number; end?: number }) {
      const bytes = files[itemId]!.bytes;
      yield bytes.subarray(range?.start ?? 0, range?.end ?? bytes.length);
    },
  } as unknown as VaultService;
}
