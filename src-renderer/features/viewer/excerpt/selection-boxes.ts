// Reads the user's text selection as boxes relative to the page it starts on (CSS px, the page viewport's
// coordinates), which the PDF viewer then converts to page units. Lines on other pages are left out: an excerpt
// belongs to one page.
import type { Box } from '../../../../shared/evidence/page-geometry';

export type PageSelection = { page: number; quote: string; boxes: Box[] };

export function selectionOnPage(selection: Selection | null, root: HTMLElement): PageSelection | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const pageElement = start?.closest<HTMLElement>('[data-page-number]');
  if (!pageElement || !root.contains(pageElement)) return undefined;
  const quote = selection.toString().replace(/\s+/g, ' ').trim();
  if (!quote) return undefined;
  const origin = pageElement.getBoundingClientRect();
  const boxes = [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }))
    .filter((b) => b.x + b.width > 0 && b.y + b.height > 0 && b.x < origin.width && b.y < origin.height);
  return { page: Number(pageElement.dataset.pageNumber), quote, boxes };
}
