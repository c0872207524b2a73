import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageBoxToViewport, pageToViewport, viewportBoxToPage, viewportToPage, viewportTransform, type PageGeometry, type Rotation } from '../../../../shared/evidence/page-geometry';

const close = (a: number, b: number, scale = 1) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b), scale);
const geometry = fc.record({
  viewBox: fc
    .tuple(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: 1, max: 5000, noNaN: true }))
    .map(([x, y, w, h]) => [x, y, x + w, y + h] as const),
  scale: fc.double({ min: 0.05, max: 16, noNaN: true }),
  rotation: fc.constantFrom<Rotation>(0, 90, 180, 270),
}) as fc.Arbitrary<PageGeometry>;
const point = fc.record({ x: fc.double({ min: -5000, max: 5000, noNaN: true }), y: fc.double({ min: -5000, max: 5000, noNaN: true }) });

describe('page geometry', () => {
  it('is the transform pdf.js uses for its viewports', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync('tests/fixtures/evidence/court-ruling-ru.pdf')), isEvalSupported: false }).promise;
    const page = await doc.getPage(2);
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 16, noNaN: true }), fc.constantFrom<Rotation>(0, 90, 180, 270), (scale, rotation) => {
        const viewport = page.getViewport({ scale, rotation });
        const ours = viewportTransform({ viewBox: page.view as [number, number, number, number], scale, rotation });
        ours.forEach((v, i) => expect(close(v, viewport.transform[i]!, scale * 1000)).toBe(true));
      }),
    );
    await doc.destroy();
  });

  it('round-trips page → viewport → page at any zoom and rotation', () => {
    fc.assert(
      fc.property(geometry, point, (g, p) => {
        const back = viewportToPage(pageToViewport(p, g), g);
        expect(close(back.x, p.x, 5000) && close(back.y, p.y, 5000)).toBe(true);
      }),
    );
  });

  it('round-trips boxes both ways, so an excerpt stays put when the zoom changes', () => {
    const box = fc.record({ x: fc.double({ min: -1000, max: 1000, noNaN: true }), y: fc.double({ min: -1000, max: 1000, noNaN: true }), width: fc.double({ min: 0, max: 1000, noNaN: true }), height: fc.double({ min: 0, max: 1000, noNaN: true }) });
    fc.assert(
      fc.property(geometry, box, (g, b) => {
        for (const back of [viewportBoxToPage(pageBoxToViewport(b, g), g), pageBoxToViewport(viewportBoxToPage(b, g), g)]) {
          for (const k of ['x', 'y', 'width', 'height'] as const) expect(close(back[k], b[k], 5000)).toBe(true);
        }
      }),
    );
  });

  it('turns an A4 page a quarter clockwise: its top-left goes to the top-right, its bottom-left to the origin', () => {
    const g: PageGeometry = { viewBox: [0, 0, 595, 842], scale: 2, rotation: 90 };
    expect(pageToViewport({ x: 0, y: 842 }, g)).toEqual({ x: 1684, y: 0 });
    expect(pageBoxToViewport({ x: 0, y: 0, width: 100, height: 50 }, g)).toEqual({ x: 0, y: 0, width: 100, height: 200 });
  });
});
