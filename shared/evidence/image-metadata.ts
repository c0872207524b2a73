// What the viewer shows from a photo's Exif, normalised from exifr's output. Capture time stays in the camera's
// own clock as written ("2024-03-05 14:30:15"): Exif usually carries no zone, and inventing one would misdate it.

export type ImageMetadata = {
  capturedAt?: string;
  make?: string;
  model?: string;
  latitude?: number;
  longitude?: number;
};

export type ImageMetadataResult = { kind: 'none' } | { kind: 'read'; metadata: ImageMetadata } | { kind: 'unreadable' };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const coordinate = (value: unknown, limit: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : undefined;

/** Exif "YYYY:MM:DD HH:MM:SS" → "YYYY-MM-DD HH:MM:SS"; anything else is dropped rather than guessed at. */
export function exifDateTime(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` : undefined;
}

/**
 * `raw` is exifr's parse result with `reviveValues: false`; exifr reports a broken block through `errors` (its
 * silent-errors mode) instead of throwing, and returns undefined when there is no Exif at all.
 */
export function imageMetadataOf(raw: Record<string, unknown> | undefined): ImageMetadataResult {
  if (!raw) return { kind: 'none' };
  const metadata: ImageMetadata = {};
  const capturedAt = exifDateTime(raw.DateTimeOriginal) ?? exifDateTime(raw.CreateDate) ?? exifDateTime(raw.DateTime);
  if (capturedAt) metadata.capturedAt = capturedAt;
  const make = text(raw.Make);
  const model = text(raw.Model);
  if (make) metadata.make = make;
  if (model) metadata.model = model;
  const latitude = coordinate(raw.latitude, 90);
  const longitude = coordinate(raw.longitude, 180);
  if (latitude !== undefined && longitude !== undefined) Object.assign(metadata, { latitude, longitude });
  const broken = Array.isArray(raw.errors) && raw.errors.length > 0;
  if (broken && Object.keys(metadata).length === 0) return { kind: 'unreadable' };
  if (Object.keys(metadata).length === 0) return { kind: 'none' };
  return { kind: 'read', metadata };
}
