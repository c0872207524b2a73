import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../../shared/ipc/channels/vault';
import type { ImageMetadataResult } from '../../../../shared/evidence/image-metadata';
import type { Box } from '../../../../shared/evidence/page-geometry';
import type { Excerpt } from '../../../../shared/model/excerpt';
import { ExcerptHighlights } from '../excerpt/ExcerptHighlights';
import { ExcerptTools } from '../excerpt/ExcerptTools';
import { RectangleDrawer } from '../excerpt/RectangleDrawer';
import { newExcerpt } from '../excerpt/new-excerpt';
import { ImageMetadataPanel } from './ImageMetadataPanel';
import { readImageMetadata } from './read-image-metadata';
import { useObjectUrl } from './use-object-url';

type Props = { source: string | Uint8Array; item: ItemRecord; excerpts: readonly Excerpt[]; onCreateExcerpt(excerpt: Excerpt): void };

const scaled = (box: Box, by: number): Box => ({ x: box.x * by, y: box.y * by, width: box.width * by, height: box.height * by });

/** A photo at any zoom, with its Exif beside it. Excerpt boxes are in natural pixels, so zoom does not move them. */
export function ImageViewer({ source, item, excerpts, onCreateExcerpt }: Props) {
  const { t } = useTranslation('viewer');
  const url = useObjectUrl(source, item.mediaType);
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [natural, setNatural] = useState<{ width: number; height: number } | undefined>();
  const [failed, setFailed] = useState(false);
  const [metadata, setMetadata] = useState<ImageMetadataResult | undefined>();
  const [drawing, setDrawing] = useState(false);
  const [created, setCreated] = useState(false);

  useEffect(() => {
    let live = true;
    void readImageMetadata(source).then((result) => live && setMetadata(result));
    return () => {
      live = false;
    };
  }, [source]);

  // React's wheel listeners are passive, so ctrl+wheel zoom needs its own listener to stop the page zooming.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setScale((s) => Math.min(8, Math.max(0.1, s * (event.deltaY < 0 ? 1.1 : 1 / 1.1))));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const fit = () => {
    const width = frame.current?.clientWidth ?? 0;
    setScale(natural && width > 0 ? Math.min(1, width / natural.width) : 1);
  };
  const zoom = (factor: number) => setScale((s) => Math.min(8, Math.max(0.1, s * factor)));

  return (
    <div className="image-viewer">
      <div className="viewer-toolbar" role="toolbar" aria-label={t('pdf.toolbar')}>
        <button type="button" onClick={() => zoom(1 / 1.25)} aria-label={t('image.zoomOut')}>
          −
        </button>
        <span role="status" aria-live="polite" data-testid="image-zoom">
          {t('image.zoomLevel', { percent: Math.round(scale * 100) })}
        </span>
        <button type="button" onClick={() => zoom(1.25)} aria-label={t('image.zoomIn')}>
          +
        </button>
        <button type="button" onClick={fit}>
          {t('image.fit')}
        </button>
      </div>
      <ExcerptTools drawing={drawing} onToggleDrawing={() => setDrawing((d) => !d)} notice={created ? 'created' : undefined} />
      {failed && (
        <p className="notice notice-error" role="alert">
          {t('image.failed')}
        </p>
      )}
      <div className="image-frame" ref={frame} data-testid="image-frame">
        <div className="image-stage" style={natural ? { width: natural.width * scale, height: natural.height * scale } : undefined}>
          {url && (
            <img
              src={url}
              alt={t('image.alt', { name: item.originalName })}
              draggable={false}
              style={natural ? { width: natural.width * scale, height: natural.height * scale } : undefined}
              onLoad={(event) => setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
              onError={() => setFailed(true)}
            />
          )}
          <ExcerptHighlights excerpts={excerpts} toScreen={(box) => scaled(box, scale)} />
          {drawing && (
            <RectangleDrawer
              onDrawn={(box) => {
                onCreateExcerpt(newExcerpt({ itemId: item.id, rects: [scaled(box, 1 / scale)] }));
                setCreated(true);
              }}
            />
          )}
        </div>
      </div>
      <ImageMetadataPanel result={metadata} />
    </div>
  );
}
