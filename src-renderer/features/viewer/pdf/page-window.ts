// Which pages of a long document to draw: those in the scroll viewport plus one on each side. Every page gets a
// slot of the same height (from page 1's size), so the scroll height is known without opening 2,000 pages first.

export const PAGE_GAP = 16;

export function visiblePages(scrollTop: number, viewportHeight: number, slotHeight: number, pageCount: number, overscan = 1): number[] {
  if (pageCount === 0 || slotHeight <= 0) return [];
  // A viewport not laid out yet (height 0) still shows the page at the scroll position.
  const height = Math.max(viewportHeight, 1);
  const first = Math.max(1, Math.floor(scrollTop / slotHeight) + 1 - overscan);
  const last = Math.min(pageCount, Math.floor((scrollTop + height - 1) / slotHeight) + 1 + overscan);
  const pages: number[] = [];
  for (let page = first; page <= last; page++) pages.push(page);
  return pages;
}

/** The page whose slot holds the middle of the viewport: what the page-number box shows. */
export function currentPage(scrollTop: number, viewportHeight: number, slotHeight: number, pageCount: number): number {
  if (slotHeight <= 0) return 1;
  return Math.min(pageCount, Math.max(1, Math.floor((scrollTop + viewportHeight / 2) / slotHeight) + 1));
}
