// Converts between page units (PDF user space, y up) and viewport pixels (CSS px in the rendered page, y down) at
// any zoom and rotation. It is the same affine map pdf.js's PageViewport uses, so an excerpt stored in page units
// lands on the rendered text; kept here, free of pdf.js, so it can be property-tested and reused for exports.

export type Rotation = 0 | 90 | 180 | 270;
export type Point = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };
export type PageGeometry = {
  /** The page's view box in user space: [x0, y0, x1, y1] (pdf.js `page.view`). */
  viewBox: readonly [number, number, number, number];
  scale: number;
  rotation: Rotation;
};
/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Transform = readonly [number, number, number, number, number, number];

const ROTATIONS: Record<Rotation, [number, number, number, number]> = {
  0: [1, 0, 0, -1],
  90: [0, 1, 1, 0],
  180: [-1, 0, 0, 1],
  270: [0, -1, -1, 0],
};

export function normaliseRotation(degrees: number): Rotation {
  const r = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return r as Rotation;
}

export function viewportTransform({ viewBox, scale, rotation }: PageGeometry): Transform {
  const [x0, y0, x1, y1] = viewBox;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const [a, b, c, d] = ROTATIONS[rotation];
  const sideways = a === 0;
  const offsetX = (sideways ? Math.abs(cy - y0) : Math.abs(cx - x0)) * scale;
  const offsetY = (sideways ? Math.abs(cx - x0) : Math.abs(cy - y0)) * scale;
  return [a * scale, b * scale, c * scale, d * scale, offsetX - a * scale * cx - c * scale * cy, offsetY - b * scale * cx - d * scale * cy];
}

export function viewportSize({ viewBox, scale, rotation }: PageGeometry): { width: number; height: number } {
  const w = (viewBox[2] - viewBox[0]) * scale;
  const h = (viewBox[3] - viewBox[1]) * scale;
  return rotation === 90 || rotation === 270 ? { width: h, height: w } : { width: w, height: h };
}

export function pageToViewport(point: Point, geometry: PageGeometry): Point {
  const [a, b, c, d, e, f] = viewportTransform(geometry);
  return { x: a * point.x + c * point.y + e, y: b * point.x + d * point.y + f };
}

export function viewportToPage(point: Point, geometry: PageGeometry): Point {
  const [a, b, c, d, e, f] = viewportTransform(geometry);
  const det = a * d - b * c;
  const x = point.x - e;
  const y = point.y - f;
  return { x: (d * x - c * y) / det, y: (a * y - b * x) / det };
}

function boundsOf(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const corners = (box: Box): Point[] => [
  { x: box.x, y: box.y },
  { x: box.x + box.width, y: box.y },
  { x: box.x, y: box.y + box.height },
  { x: box.x + box.width, y: box.y + box.height },
];

/** A page-unit box (lower-left x/y) → the CSS box (left/top) it covers in the rendered viewport. */
export const pageBoxToViewport = (box: Box, geometry: PageGeometry): Box => boundsOf(corners(box).map((p) => pageToViewport(p, geometry)));

/** A CSS box in the rendered viewport (e.g. a selection's client rect) → page units (lower-left x/y). */
export const viewportBoxToPage = (box: Box, geometry: PageGeometry): Box => boundsOf(corners(box).map((p) => viewportToPage(p, geometry)));

/** The smallest box holding all of them, for an excerpt's overall `rect`. */
export function unionOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  return boundsOf(boxes.flatMap(corners));
}
