import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortNameOf } from '../../../shared/catalog/short-names';
import { ReportLanguage, type ReportProject, type ReportProjectInput, type ReportTarget } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useRecords } from '../../records';
import { useCatalogStore } from '../catalog/catalog-store';
import { TagPicker } from '../catalog/TagPicker';
import type { Tag } from '../catalog/tag';
import { useCatalogLang } from '../catalog/use-entry-label';

type Props = { onCancel(): void; onCreated(project: ReportProject): void };
type TargetKind = ReportTarget['kind'];

/** A treaty body and one core instrument it reviews, as the target select offers them. */
type Review = { mechanismId: string; instrumentId: string; label: string };

export function NewReportForm({ onCancel, onCreated }: Props) {
  const { t } = useTranslation('report');
  const records = useRecords((s) => s.records);
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TargetKind>('treaty-body');
  const [cycle, setCycle] = useState(4);
  const [review, setReview] = useState('MECH-CCPR ICCPR');
  const [theme, setTheme] = useState('');
  const [country, setCountry] = useState('KZ');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [organisations, setOrganisations] = useState('');
  const [language, setLanguage] = useState<ReportProject['language']>('en');
  const [articles, setArticles] = useState<Tag[]>([]);
  const [verifiedOnly, setVerifiedOnly] = useState(true);
  const [error, setError] = useState<AppError>();

  const reviews = useMemo<Review[]>(() => {
    const out: Review[] = [];
    for (const entry of catalog.entries.values()) {
      if (entry.kind !== 'mechanism' || entry.type !== 'treaty-body') continue;
      for (const instrumentId of entry.reviews) {
        const instrument = catalog.entries.get(instrumentId);
        if (instrument?.kind === 'instrument' && instrument.family === 'un-core') out.push({ mechanismId: entry.id, instrumentId, label: `${entry.shortName} · ${shortNameOf(instrument, lang)}` });
      }
    }
    return out;
  }, [catalog, lang]);

  const target = (): ReportTarget => {
    if (kind === 'upr') return { kind, cycle };
    if (kind === 'thematic') return { kind, theme };
    const [mechanismId = '', instrumentId = ''] = review.split(' ');
    return { kind, mechanismId, instrumentId };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!records) return;
    const input: ReportProjectInput = {
      title,
      target: target(),
      country: country.trim().toUpperCase(),
      period: { from, to },
      organisations: organisations.split('\n').map((line) => line.trim()).filter(Boolean),
      language,
      scope: { articles: articles.map((tag) => tag.target), places: [], tags: [], verifiedOnly },
    };
    const saved = await records.reportProjects.save(input);
    if (!saved.ok) return setError(saved.error);
    onCreated(saved.value);
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="card stack new-report" onSubmit={(event) => void submit(event)} aria-labelledby={field('heading')}>
      <h2 id={field('heading')}>{t('form.heading')}</h2>
      <div className="field">
        <label htmlFor={field('title')}>{t('form.title')}</label>
        <input id={field('title')} value={title} onChange={(e) => setTitle(e.target.value)} required />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={field('kind')}>{t('form.target')}</label>
          <select id={field('kind')} value={kind} onChange={(e) => setKind(e.target.value as TargetKind)}>
            <option value="upr">{t('targetKind.upr')}</option>
            <option value="treaty-body">{t('targetKind.treaty-body')}</option>
            <option value="thematic">{t('targetKind.thematic')}</option>
          </select>
        </div>
        {kind === 'upr' && (
          <div className="field">
            <label htmlFor={field('cycle')}>{t('form.cycle')}</label>
            <input id={field('cycle')} type="number" min={1} max={20} value={cycle} onChange={(e) => setCycle(Number(e.target.value))} />
          </div>
        )}
        {kind === 'treaty-body' && (
          <div className="field">
            <label htmlFor={field('review')}>{t('form.instrument')}</label>
            <select id={field('review')} value={review} onChange={(e) => setReview(e.target.value)}>
              {reviews.map((r) => (
                <option key={`${r.mechanismId} ${r.instrumentId}`} value={`${r.mechanismId} ${r.instrumentId}`}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'thematic' && (
          <div className="field">
            <label htmlFor={field('theme')}>{t('form.theme')}</label>
            <input id={field('theme')} value={theme} onChange={(e) => setTheme(e.target.value)} required />
          </div>
        )}
        <div className="field">
          <label htmlFor={field('country')}>{t('form.country')}</label>
          <input id={field('country')} value={country} onChange={(e) => setCountry(e.target.value)} maxLength={2} size={3} required />
        </div>
        <div className="field">
          <label htmlFor={field('language')}>{t('form.language')}</label>
          <select id={field('language')} value={language} onChange={(e) => setLanguage(e.target.value as ReportProject['language'])}>
            {ReportLanguage.options.map((option) => (
              <option key={option} value={option}>
                {option === 'en' ? t('language.en') : option === 'ru' ? t('language.ru') : t('language.kk')}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor={field('from')}>{t('form.periodFrom')}</label>
          <input id={field('from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={field('to')}>{t('form.periodTo')}</label>
          <input id={field('to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </div>
      </div>
      <div className="field">
        <label htmlFor={field('organisations')}>{t('form.organisations')}</label>
        <textarea id={field('organisations')} rows={3} value={organisations} onChange={(e) => setOrganisations(e.target.value)} required />
      </div>
      <TagPicker label={t('form.articles')} value={articles} onChange={setArticles} allowNotes={false} />
      <label className="checkbox">
        <input type="checkbox" checked={verifiedOnly} onChange={(e) => setVerifiedOnly(e.target.checked)} /> {t('form.verifiedOnly')}
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="row">
        <button type="submit" className="primary">
          {t('form.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
