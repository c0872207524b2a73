import { useTranslation } from 'react-i18next';
import { formatApproximateDate, type CaseItem, type Person } from '../../../shared/model';
import { dateLanguageOf } from './provenance-form';

type Props = {
  attached: readonly CaseItem[];
  people: readonly Person[];
  excerptCounts: ReadonlyMap<string, number>;
  /** False while the vault list is loading or the item is gone from the vault: the row cannot open. */
  canOpen(itemId: string): boolean;
  onOpen(itemId: string): void;
  onDetach(caseItemId: string): void;
};

/** The case's evidence: what each file is, its fingerprint, and where it came from. */
export function AttachedItemList({ attached, people, excerptCounts, canOpen, onOpen, onDetach }: Props) {
  const { t, i18n } = useTranslation('case-evidence');
  const lang = dateLanguageOf(i18n.language);
  if (attached.length === 0) return <p className="empty-state">{t('list.empty')}</p>;

  const summaryOf = ({ source }: CaseItem): string => {
    const person = source.personId ? people.find((p) => p.id === source.personId)?.names[0]?.text : undefined;
    const parts = [
      source.how && t(`how.${source.how}`),
      person ?? source.fromText,
      source.url,
      source.device,
      source.obtainedOn && formatApproximateDate(source.obtainedOn, lang),
    ].filter((part): part is string => Boolean(part));
    return parts.length > 0 ? parts.join(' · ') : t('list.noSource');
  };

  return (
    <table className="evidence-table case-items">
      <caption>{t('list.caption', { count: attached.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.name')}</th>
          <th scope="col">{t('list.type')}</th>
          <th scope="col">{t('list.sha256')}</th>
          <th scope="col">{t('list.source')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {attached.map((attachment) => {
          const { snapshot } = attachment;
          const name = snapshot.originalName ?? attachment.itemId;
          const isScan = snapshot.mediaType === 'application/pdf' && snapshot.hasTextLayer === false;
          const excerpts = excerptCounts.get(attachment.itemId) ?? 0;
          return (
            <tr key={attachment.id}>
              <td>
                <button type="button" className="link" disabled={!canOpen(attachment.itemId)} onClick={() => onOpen(attachment.itemId)}>
                  {name}
                </button>
                {isScan && (
                  <span className="tag scan-mark" title={t('list.scanHint')}>
                    {t('list.scan')}
                  </span>
                )}
                {excerpts > 0 && <span className="muted"> {t('list.excerpts', { count: excerpts })}</span>}
              </td>
              <td>
                {snapshot.mediaType ?? t('list.unknownType')}
                {snapshot.pdf && <span className="muted"> · {t('list.pages', { count: snapshot.pdf.pages })}</span>}
              </td>
              <td>{snapshot.sha256 ? <code title={snapshot.sha256}>{snapshot.sha256.slice(0, 12)}…</code> : '—'}</td>
              <td>{summaryOf(attachment)}</td>
              <td>
                <button type="button" onClick={() => onDetach(attachment.id)} aria-label={t('list.detachOf', { name })}>
                  {t('list.detach')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
