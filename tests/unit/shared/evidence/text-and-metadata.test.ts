import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import { findInPages, rangesOfMatch } from '../../../../shared/evidence/find-in-text';
import { hasText, pageTextOf, parsePdfDate } from '../../../../shared/evidence/pdf-text';
import { imageMetadataOf, exifDateTime } from '../../../../shared/evidence/image-metadata';
import { viewerKindOf } from '../../../../shared/evidence/viewer-kind';
import { Excerpt } from '../../../../shared/model/excerpt';

const raw = async (name: string) => (await exifr.parse(readFileSync(`tests/fixtures/evidence/${name}`), { tiff: true, exif: true, gps: true, reviveValues: false, mergeOutput: true })) as Record<string, unknown>;

describe('pdf text model', () => {
  it('joins runs with line breaks and remembers where each starts', () => {
    expect(pageTextOf([{ str: 'Суд', hasEOL: false }, { str: ' постановил', hasEOL: true }, { str: 'далее', hasEOL: false }])).toEqual({ text: 'Суд постановил\nдалее', runStarts: [0, 3, 15] });
  });
  it('treats whitespace-only pages as no text', () => {
    expect(hasText([{ page: 1, text: ' \n' }])).toBe(false);
    expect(hasText([{ page: 1, text: '' }, { page: 2, text: 'а' }])).toBe(true);
  });
  it('parses PDF dates with zones and rejects junk', () => {
    expect(parsePdfDate("D:20240305143000+05'00'")).toBe('2024-03-05T09:30:00.000Z');
    expect(parsePdfDate('D:2024')).toBe('2024-01-01T00:00:00.000Z');
    expect(parsePdfDate('D:20241399')).toBeUndefined();
    expect(parsePdfDate('yesterday')).toBeUndefined();
  });
});

describe('find in text', () => {
  const pages = [{ page: 1, text: 'Районный СУД' }, { page: 2, text: 'Суд постановил; суд' }];
  it('finds every case-insensitive match in page order', () => {
    expect(findInPages(pages, 'суд')).toEqual([{ page: 1, start: 9, length: 3 }, { page: 2, start: 0, length: 3 }, { page: 2, start: 16, length: 3 }]);
    expect(findInPages(pages, '   ')).toEqual([]);
  });
  it('keeps offsets aligned when lowercasing would change length', () => {
    expect(findInPages([{ page: 1, text: 'İstanbul суд' }], 'суд')).toEqual([{ page: 1, start: 9, length: 3 }]);
  });
  it('maps a match to the characters of each run it touches', () => {
    expect(rangesOfMatch({ page: 1, start: 2, length: 5 }, [0, 3, 6, 9])).toEqual([
      { run: 0, start: 2, end: 3 },
      { run: 1, start: 0, end: 3 },
      { run: 2, start: 0, end: 1 },
    ]);
    expect(rangesOfMatch({ page: 1, start: 10, length: 3 }, [0, 3, 6, 9])).toEqual([{ run: 3, start: 1, end: 4 }]);
  });
});

describe('image metadata', () => {
  it('reads capture time, camera and position from the fixture', async () => {
    expect(imageMetadataOf(await raw('photo-exif.jpg'))).toEqual({
      kind: 'read',
      metadata: { capturedAt: '2024-03-05 14:30:15', make: 'Tamga Test Optics', model: 'Field Camera 2', latitude: 43 + 14 / 60 + 16.2 / 3600, longitude: 76 + 53 / 60 + 45 / 3600 },
    });
  });
  it('calls a corrupt block unreadable and a missing one none', async () => {
    expect(imageMetadataOf(await raw('photo-corrupt-exif.jpg'))).toEqual({ kind: 'unreadable' });
    expect(imageMetadataOf(undefined)).toEqual({ kind: 'none' });
    expect(exifDateTime('2024:03:05')).toBeUndefined();
  });
});

describe('viewer kind and excerpt schema', () => {
  it('picks a viewer by detected type', () => {
    expect(['application/pdf', 'image/jpeg', 'video/mp4', 'audio/wav', 'image/tiff', undefined].map(viewerKindOf)).toEqual(['pdf', 'image', 'video', 'audio', 'none', 'none']);
  });
  it('accepts a page excerpt and rejects negative sizes', () => {
    const base = { id: 'e'.repeat(32), itemId: 'a'.repeat(32), page: 2, quote: 'Суд постановил', tags: ['iccpr-14'], createdAt: '2024-03-05T10:00:00.000Z' };
    expect(Excerpt.parse({ ...base, rect: { x: 72, y: 700, width: 100, height: 14 } }).page).toBe(2);
    expect(Excerpt.safeParse({ ...base, rect: { x: 0, y: 0, width: -1, height: 1 } }).success).toBe(false);
  });
});
