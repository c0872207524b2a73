// Reads a photo's Exif with exifr, in memory. exifr reads only the header segments it needs (by Range request when
// given a URL), so a large image is not downloaded twice. A broken block yields "unreadable", never a throw
// (exifr's default silent-errors mode reports it in `errors`; what it still throws is caught here).
import exifr from 'exifr';
import { imageMetadataOf, type ImageMetadataResult } from '../../../../shared/evidence/image-metadata';

export async function readImageMetadata(source: string | Uint8Array): Promise<ImageMetadataResult> {
  try {
    const raw = (await exifr.parse(source, { tiff: true, exif: true, gps: true, reviveValues: false, mergeOutput: true })) as
      | Record<string, unknown>
      | undefined;
    return imageMetadataOf(raw);
  } catch {
    return { kind: 'unreadable' };
  }
}
