// Which viewer an item opens in, from the media type main detected by magic bytes (never the file name).

export type ViewerKind = 'pdf' | 'image' | 'video' | 'audio' | 'none';

/** Image types a browser decodes itself; TIFF and HEIC are left to "no preview" rather than half-supported. */
const BROWSER_IMAGES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);

export function viewerKindOf(mediaType: string | undefined): ViewerKind {
  if (!mediaType) return 'none';
  if (mediaType === 'application/pdf') return 'pdf';
  if (BROWSER_IMAGES.has(mediaType)) return 'image';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('audio/')) return 'audio';
  return 'none';
}
