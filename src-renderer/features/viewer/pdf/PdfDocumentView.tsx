import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { normaliseRotation, viewportBoxToPage, viewportSize, type Box, type PageGeometry, type Rotation } from '../../../../shared/evidence/page-geometry';
import { findInPages, rangesOfMatch } from '../../../../shared/evidence/find-in-text';
import type { Excerpt } from '../../../../shared/model/excerpt';
import { newExcerpt } from '../excerpt/new-excerpt';
import { selectionOnPage } from '../excerpt/selection-boxes';
import { PdfToolbar } from './PdfToolbar';
import { PdfFindBar } from './PdfFindBar';
import { PdfPage, type FindMark } from './PdfPage';
import { PdfThumbnails } from './PdfThumbnails';
import { PdfInfoPanel } from './PdfInfoPanel';
import { ExcerptTools } from '../excerpt/ExcerptTools';
import { usePdfText } from './use-pdf-text';
import { currentPage, PAGE_GAP, visiblePages } from './page-window';

type Props = {
  doc: PDFDocumentProxy;
  itemId: string;
  excerpts: readonly Excerpt[];
  onCreateExcerpt(excerpt: Excerpt): void;
  /** Where to open: a search hit's page, with the words searched for already in the find bar. */
  startPage?: number;
  startFind?: string;
};
type FirstPage = { view: [number, number, number, number]; rotate: number };

const MIN_SCALE = 0.25;
const MAX_SCALE = 6;
const NO_MARKS: readonly FindMark[] = [];

export function PdfDocumentView({ doc, itemId, excerpts, onCreateExcerpt, startPage, startFind = '' }: Props) {
  const { t } = useTranslation('viewer');
  const scroller = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const geometries = useRef(new Map<number, PageGeometry>());
  const [first, setFirst] = useState<FirstPage | undefined>();
  const [scale, setScale] = useState(1);
  const [rotation, setRotation] = useState<Rotation>(0);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [query, setQuery] = useState(startFind);
  const [matchIndex, setMatchIndex] = useState(0);
  // The page to show once pages have a size (the first page's size is read asynchronously).
  const [jump, setJump] = useState<number | undefined>(startPage);
  // Opened from a search hit: the first match on or after the hit's page is the current one, once.
  const landing = useRef(startPage);
  const [drawing, setDrawing] = useState(false);
  const [notice, setNotice] = useState<'created' | 'noSelection' | undefined>();
  const text = usePdfText(doc);

  useEffect(() => {
    let live = true;
    void doc.getPage(1).then((page) => live && setFirst({ view: page.view as FirstPage['view'], rotate: page.rotate }));
    return () => {
      live = false;
    };
  }, [doc]);

  const slotSize = first ? viewportSize({ viewBox: first.view, scale, rotation: normaliseRotation(first.rotate + rotation) }) : undefined;
  const slot = slotSize ? slotSize.height + PAGE_GAP : 0;
  const page = currentPage(view.top, view.height, slot, doc.numPages);

  const goTo = useCallback(
    (target: number) => {
      const top = (target - 1) * slot;
      if (scroller.current) scroller.current.scrollTop = top;
      setView((v) => ({ ...v, top }));
    },
    [slot],
  );
  const zoomTo = (next: number) => {
    const clamped = Math.min(MAX_SCALE, Math.max(MIN_SCALE, next));
    // Keep the same page in view: the slot height changes with the zoom.
    const keep = page;
    setScale(clamped);
    requestAnimationFrame(() => scroller.current && (scroller.current.scrollTop = (keep - 1) * (slot / scale) * clamped));
  };
  const fit = () => {
    const width = scroller.current?.clientWidth ?? 0;
    if (!first || width <= 0) return zoomTo(1);
    const unscaled = viewportSize({ viewBox: first.view, scale: 1, rotation: normaliseRotation(first.rotate + rotation) });
    zoomTo((width - 2 * PAGE_GAP) / unscaled.width);
  };

  const matches = useMemo(() => (text.state === 'read' ? findInPages(text.pages, query) : []), [text, query]);
  const current = matches.length ? Math.min(matchIndex, matches.length - 1) : 0;
  useEffect(() => {
    if (!matches.length) return setMatchIndex(0);
    const wanted = landing.current;
    landing.current = undefined;
    const index = wanted === undefined ? 0 : Math.max(0, matches.findIndex((m) => m.page >= wanted));
    setMatchIndex(index);
    setJump(matches[index]!.page);
  }, [matches]);
  useEffect(() => {
    if (jump === undefined || slot === 0) return;
    goTo(jump);
    setJump(undefined);
  }, [jump, slot, goTo]);
  const step = (direction: 1 | -1) => {
    if (!matches.length) return;
    const next = (current + direction + matches.length) % matches.length;
    setMatchIndex(next);
    goTo(matches[next]!.page);
  };

  // Marks by page, kept between renders: scrolling re-renders, and a new array would redo every page's marks.
  const marks = useMemo(() => {
    const byPage = new Map<number, FindMark[]>();
    if (text.state !== 'read') return byPage;
    matches.forEach((match, i) => {
      const starts = text.pages[match.page - 1]?.runStarts ?? [];
      const list = byPage.get(match.page) ?? [];
      for (const range of rangesOfMatch(match, starts)) list.push({ ...range, current: i === current });
      byPage.set(match.page, list);
    });
    return byPage;
  }, [text, matches, current]);

  const onGeometry = useCallback((n: number, g: PageGeometry) => void geometries.current.set(n, g), []);
  const createFromSelection = () => {
    const selected = root.current ? selectionOnPage(window.getSelection(), root.current) : undefined;
    const geometry = selected && geometries.current.get(selected.page);
    if (!selected || !geometry) return setNotice('noSelection');
    const rects = selected.boxes.map((box) => viewportBoxToPage(box, geometry));
    onCreateExcerpt(newExcerpt({ itemId, page: selected.page, quote: selected.quote, rects }));
    window.getSelection()?.removeAllRanges();
    setNotice('created');
  };
  const createFromRectangle = (pageNumber: number, box: Box) => {
    onCreateExcerpt(newExcerpt({ itemId, page: pageNumber, rects: [box] }));
    setNotice('created');
  };

  return (
    <div className="pdf-viewer" ref={root}>
      <PdfInfoPanel doc={doc} />
      {text.state === 'read' && !text.hasTextLayer && (
        <p className="notice" data-testid="pdf-scanned">
          {t('pdf.scanned')}
        </p>
      )}
      <PdfToolbar page={page} pageCount={doc.numPages} scale={scale} onZoom={(f) => zoomTo(scale * f)} onFit={fit} onRotate={() => setRotation((r) => normaliseRotation(r + 90))} onJump={goTo} />
      <PdfFindBar query={query} onQuery={setQuery} current={current} count={text.state === 'read' ? matches.length : undefined} onStep={step} />
      <ExcerptTools drawing={drawing} onToggleDrawing={() => setDrawing((d) => !d)} onFromSelection={createFromSelection} notice={notice} />
      <div className="pdf-body">
        {first && <PdfThumbnails doc={doc} aspect={(first.view[3] - first.view[1]) / (first.view[2] - first.view[0])} current={page} onSelect={goTo} />}
        <div
          className="pdf-scroller"
          ref={scroller}
          data-testid="pdf-scroller"
          onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight || 800 })}
        >
          <div className="pdf-track" style={{ height: slot * doc.numPages }}>
            {slot > 0 &&
              visiblePages(view.top, view.height, slot, doc.numPages).map((n) => (
                  <PdfPage
                    key={n}
                    doc={doc}
                    pageNumber={n}
                    scale={scale}
                    rotation={rotation}
                    top={(n - 1) * slot}
                    findMarks={marks.get(n) ?? NO_MARKS}
                    excerpts={excerpts.filter((e) => e.page === n)}
                    drawing={drawing}
                    onDrawn={createFromRectangle}
                    onGeometry={onGeometry}
                  />
                ))}
          </div>
        </div>
      </div>
    </div>
  );
}
