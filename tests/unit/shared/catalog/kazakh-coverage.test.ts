import { describe, expect, it } from 'vitest';
import { getEntry, searchCatalog } from '../../../../shared/catalog';
import { shippedData } from '../../../../shared/catalog/data';
import { CatalogDataSchema, InstrumentDataSchema } from '../../../../shared/catalog/schema';
import { formatKazakhCoverage, kazakhCoverage, percent } from '../../../../scripts/kazakh-coverage-count';

const shipped = CatalogDataSchema.parse(shippedData);

const instrument = (fields: Record<string, unknown>) =>
  InstrumentDataSchema.parse({ shortName: String(fields.id), priority: 10, articlesComplete: false, articles: [], ...fields });

describe('kazakhCoverage counting', () => {
  const data = {
    instruments: [
      instrument({
        id: 'CAT',
        family: 'un-core',
        title: { en: 'Convention against Torture', ru: 'Конвенция против пыток', kk: 'Азаптауға қарсы конвенция' },
        articles: [
          { number: '1', substantive: true, heading: { en: 'Torture', ru: 'Пытка', kk: 'Азаптау ұғымы' } },
          { number: '2', substantive: true, heading: { en: 'Prevent', ru: 'Предотвращать', kk: 'Алдын алу' }, unverified: ['kk'] },
          { number: '3', substantive: true, heading: { en: 'No return', ru: 'Запрет высылки' } },
        ],
      }),
      instrument({
        id: 'OP-CAT',
        family: 'un-op',
        parent: 'CAT',
        title: { en: 'Optional Protocol', ru: 'Факультативный протокол', kk: 'Факультативтік хаттама' },
        unverified: ['kk'],
        articles: [{ number: '1', substantive: true, heading: { en: 'Visits', ru: 'Посещения', kk: 'Бару' }, unverified: ['kk'] }],
      }),
      instrument({
        id: 'ILO-C087',
        family: 'ilo',
        title: { en: 'C087', ru: 'К087' },
        articles: [{ number: '2', substantive: true, heading: { en: 'Organise', ru: 'Организация' } }],
      }),
      instrument({ id: 'KZ-CC', family: 'domestic', country: 'KZ', title: { en: 'Criminal Code', ru: 'Уголовный кодекс' } }),
    ],
  };
  const coverage = kazakhCoverage(data);

  it('counts a protocol with its core treaty, and other instruments apart', () => {
    expect(coverage.coreHeadings).toEqual({ total: 4, kazakh: 3, unverified: 2, missing: ['CAT-3'] });
    expect(coverage.otherHeadings).toEqual({ total: 1, kazakh: 0, unverified: 0, missing: ['ILO-C087-2'] });
  });

  it('counts titles of Kazakh law apart from international ones, with unverified drafts', () => {
    expect(coverage.internationalTitles).toEqual({ total: 3, kazakh: 2, unverified: 1, missing: ['ILO-C087'] });
    expect(coverage.domesticTitles).toEqual({ total: 1, kazakh: 0, unverified: 0, missing: ['KZ-CC'] });
  });

  it('prints each group with its share and drafts, and names what lacks Kazakh', () => {
    const table = formatKazakhCoverage(coverage);
    expect(table).toMatch(/Core-treaty article headings +3 \/ 4 +75\.0 % +2/);
    expect(table).toMatch(/Instrument titles +2 \/ 4 +50\.0 % +1/);
    expect(table).toContain('No Kazakh yet (4): ILO-C087, KZ-CC, CAT-3, ILO-C087-2');
  });

  it('counts the labels of mechanisms, reviews, recommendations and violation types, each group apart', () => {
    const others = kazakhCoverage({
      instruments: [],
      mechanisms: [{ id: 'MECH-CAT', type: 'treaty-body', shortName: 'CAT', aliases: [], label: { en: 'Committee', ru: 'Комитет', kk: 'Комитет' }, unverified: ['kk'], reviews: [] }],
      reviews: [{ id: 'REVIEW-CAT', mechanism: 'MECH-CAT', country: 'KZ', label: { en: 'Review', ru: 'Обзор' }, documents: [], sources: ['003'] }],
      recommendationGroups: [
        { review: 'REVIEW-CAT', mechanism: 'MECH-CAT', country: 'KZ', document: 'CAT/C/KAZ/CO/3', recommendations: [{ id: 'REC-1', summary: { en: 'Do', ru: 'Сделать', kk: 'Істеу' }, concerns: [] }] },
      ],
      recommendations: [{ id: 'REC-2', summary: { en: 'Also', ru: 'Ещё' }, concerns: [] }],
      violationTypes: { types: [{ id: 'VT-A', label: { en: 'A', ru: 'А', kk: 'А' }, engages: [] }] },
    });
    expect(others.mechanisms).toEqual({ total: 1, kazakh: 1, unverified: 1, missing: [] });
    expect(others.reviews).toEqual({ total: 1, kazakh: 0, unverified: 0, missing: ['REVIEW-CAT'] });
    expect(others.recommendations).toEqual({ total: 2, kazakh: 1, unverified: 0, missing: ['REC-2'] });
    expect(others.violationTypes).toEqual({ total: 1, kazakh: 1, unverified: 0, missing: [] });
    const table = formatKazakhCoverage(others);
    expect(table).toMatch(/Other labels +3 \/ 5 +60\.0 % +1/);
    expect(table).toContain('No Kazakh yet (2): REVIEW-CAT, REC-2');
  });

  it('treats an empty group as complete rather than dividing by zero', () => {
    expect(percent({ total: 0, kazakh: 0, unverified: 0, missing: [] })).toBe('100.0 %');
  });
});

describe('Kazakh in the shipped catalog', () => {
  const coverage = kazakhCoverage(shipped);

  it('has a Kazakh title for every international instrument', () => {
    expect(coverage.internationalTitles.missing).toEqual([]);
    expect(coverage.internationalTitles.total).toBeGreaterThanOrEqual(39);
  });

  it('has a Kazakh heading for every article of the core treaties and their protocols', () => {
    expect(coverage.coreHeadings.missing).toEqual([]);
    expect(coverage.coreHeadings.total).toBeGreaterThanOrEqual(591);
  });

  it('labels every mechanism, review, recommendation and violation type in Kazakh', () => {
    for (const tally of [coverage.mechanisms, coverage.reviews, coverage.recommendations, coverage.violationTypes]) {
      expect(tally.missing).toEqual([]);
      expect(tally.total).toBeGreaterThan(0);
    }
  });

  it('marks as unverified only entries that have a Kazakh text to check', () => {
    const marked = shipped.instruments.flatMap((i) => [
      ...(i.unverified?.includes('kk') ? [{ id: i.id, kk: i.title.kk }] : []),
      ...i.articles.filter((a) => a.unverified?.includes('kk')).map((a) => ({ id: `${i.id}-${a.number}`, kk: a.heading.kk })),
    ]);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((m) => !m.kk)).toEqual([]);
  });

  it('names cruel, inhuman or degrading treatment in ICCPR art. 7 and the highest attainable standard in ICESCR art. 12', () => {
    expect(getEntry('ICCPR-7')!.label.kk).toContain('қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекет');
    expect(getEntry('ICESCR-12')!.label.kk).toContain('ең жоғары деңгей');
  });
});

describe('Kazakh treaty abbreviations in search', () => {
  it.each([
    ['АСҚХП 7', 'ICCPR-7'],
    ['асқхп 21', 'ICCPR-21'],
    ['ЭӘМХП 12', 'ICESCR-12'],
    ['Азаптауға қарсы конвенция 1', 'CAT-1'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchCatalog(query, 'kk')[0]?.id).toBe(id);
  });

  it('finds the covenant itself by its abbreviation alone', () => {
    expect(searchCatalog('АСҚХП', 'kk')[0]?.id).toBe('ICCPR');
    expect(searchCatalog('ЭӘМХП', 'kk')[0]?.id).toBe('ICESCR');
  });
});
