// What a file says about itself, read once when it is attached: a PDF's text, page count and producer (parsed in
// pdf.js's worker), or a photo's Exif (exifr, over bytes held in memory). Nothing is written anywhere but the sealed
// records (I5): no thumbnail, no temp file, no cache.
import exifr from 'exifr';
import type { ItemRecord } from '../../../shared/ipc/channels/vault';
import { imageMetadataOf } from '../../../shared/evidence/image-metadata';
import { viewerKindOf } from '../../../shared/evidence/viewer-kind';
import type { ItemSnapshot } from '../../../shared/model';
import type { PdfPageText } from '../../../shared/evidence/pdf-text';
import { extractPdfText } from '../viewer';
import { itemUrl } from '../evidence/evidence-transfer';

export type ItemFacts = {
  snapshot: ItemSnapshot;
  /** Present for PDFs whose text could be read (a scan gives pages of empty text and hasTextLayer false). */
  text?: { pages: PdfPageText[]; hasTextLayer: boolean };
};

/** Where an item's bytes come from: the vault's URL in the app; tests hand in fixture bytes. */
export type ItemBytes = (itemId: string) => URL | Uint8Array;

export const vaultBytes: ItemBytes = (itemId) => new URL(itemUrl(itemId), window.location.href);

const snapshotOf = (item: ItemRecord): ItemSnapshot => ({
  originalName: item.originalName,
  sha256: item.sha256,
  size: item.size,
  ...(item.mediaType ? { mediaType: item.mediaType } : {}),
});

async function bytesOf(where: URL | Uint8Array): Promise<Uint8Array> {
  if (where instanceof Uint8Array) return where;
  const response = await fetch(where);
  if (!response.ok) throw new Error(`evidence read failed: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function exifOf(where: URL | Uint8Array): Promise<Pick<ItemSnapshot, 'exif' | 'exifUnreadable'>> {
  try {
    const raw = (await exifr.parse(await bytesOf(where), { tiff: true, exif: true, gps: true, reviveValues: false, mergeOutput: true })) as
      | Record<string, unknown>
      | undefined;
    const result = imageMetadataOf(raw);
    if (result.kind === 'read') return { exif: result.metadata };
    return result.kind === 'unreadable' ? { exifUnreadable: true } : {};
  } catch {
    return { exifUnreadable: true };
  }
}

/**
 * Reads the item's facts. A PDF that will not open (encrypted, truncated) still gets attached, with what main
 * knows about it: the failure is the reader's, not the evidence's.
 */
export async function readItemFacts(item: ItemRecord, bytes: ItemBytes = vaultBytes): Promise<ItemFacts> {
  const snapshot = snapshotOf(item);
  const kind = viewerKindOf(item.mediaType);
  if (kind === 'pdf') {
    try {
      const text = await extractPdfText(bytes(item.id));
      return { snapshot: { ...snapshot, pdf: text.info, hasTextLayer: text.hasTextLayer }, text: { pages: text.pages, hasTextLayer: text.hasTextLayer } };
    } catch {
      return { snapshot };
    }
  }
  if (kind === 'image') return { snapshot: { ...snapshot, ...(await exifOf(bytes(item.id))) } };
  return { snapshot };
}
