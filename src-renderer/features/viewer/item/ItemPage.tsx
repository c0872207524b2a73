import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../../shared/ipc/channels/vault';
import type { Excerpt } from '../../../../shared/model/excerpt';
import { viewerKindOf } from '../../../../shared/evidence/viewer-kind';
import { itemUrl } from '../../evidence/evidence-transfer';
import { ItemFacts } from './ItemFacts';
import { CustodyHistory } from './CustodyHistory';
import { VerifyItem } from './VerifyItem';
import { PdfViewer } from '../pdf/PdfViewer';
import { ImageViewer } from '../image/ImageViewer';
import { MediaPlayer } from '../media/MediaPlayer';
import '../viewer.css';

export type ItemPageProps = {
  item: ItemRecord;
  onBack(): void;
  /** Says where Back goes (the case the item was opened from); "Back to evidence" by default. */
  backLabel?: string;
  /** The item's excerpts, from the encrypted records layer. */
  excerpts?: readonly Excerpt[];
  /** Called with a complete, schema-valid excerpt; the caller stores it. */
  onCreateExcerpt?(excerpt: Excerpt): void;
  /** Shown right under the viewer: the item's excerpts, where a new one is tagged as soon as it is drawn. */
  excerptPanel?: ReactNode;
  /** A PDF opens at this page (a search hit's), with these words found and marked. */
  startPage?: number;
  startFind?: string;
  /** Where the bytes are read from; the browser host and Electron both serve `itemUrl`. Tests pass bytes. */
  source?: string | Uint8Array;
};

const ignore = (): void => undefined;

/** One evidence item: what it is, its contents in the right viewer, and its chain of custody. */
export function ItemPage({ item, onBack, backLabel, excerpts = [], onCreateExcerpt = ignore, excerptPanel, source, startPage, startFind }: ItemPageProps) {
  const [custodyVersion, setCustodyVersion] = useState(0);
  const { t } = useTranslation('viewer');
  const kind = viewerKindOf(item.mediaType);
  const own = excerpts.filter((e) => e.itemId === item.id);
  const where = source ?? itemUrl(item.id);
  return (
    <div className="page stack item-page">
      <p>
        <button type="button" onClick={onBack}>
          {backLabel ?? t('back')}
        </button>
      </p>
      <h1 className="item-title">{item.originalName}</h1>
      <ItemFacts item={item} />
      <section className="item-viewer">
        {kind === 'pdf' && <PdfViewer source={where} itemId={item.id} excerpts={own} onCreateExcerpt={onCreateExcerpt} startPage={startPage} startFind={startFind} />}
        {kind === 'image' && <ImageViewer source={where} item={item} excerpts={own} onCreateExcerpt={onCreateExcerpt} />}
        {(kind === 'video' || kind === 'audio') && <MediaPlayer kind={kind} src={typeof where === 'string' ? where : itemUrl(item.id)} />}
        {kind === 'none' && <p className="muted">{t('noPreview')}</p>}
      </section>
      {excerptPanel}
      <VerifyItem itemId={item.id} onVerified={() => setCustodyVersion((n) => n + 1)} />
      <CustodyHistory key={custodyVersion} itemId={item.id} />
    </div>
  );
}
