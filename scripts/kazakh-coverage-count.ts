// Counts how much of the catalog data has Kazakh text: instrument titles, article headings, and the labels of
// mechanisms, reviews, recommendations and violation types. Kept apart from the printing script so a unit test can hold
// the shipped catalog to full coverage with the same counting.
import type { CatalogData, Label } from '../shared/catalog/schema';

/** The nine core UN human-rights treaties; their optional protocols name one of them as `parent`. */
export const CORE_TREATIES: readonly string[] = ['ICCPR', 'ICESCR', 'CAT', 'CEDAW', 'CRC', 'ICERD', 'CRPD', 'CPED', 'ICMW'];

export type Tally = {
  total: number;
  kazakh: number;
  /** Kazakh texts drafted without the official text, still to be checked by a reviewer. */
  unverified: number;
  /** Ids of the entries with no Kazakh text, in data order. */
  missing: string[];
};

export type KazakhCoverage = {
  internationalTitles: Tally;
  domesticTitles: Tally;
  coreHeadings: Tally;
  otherHeadings: Tally;
  mechanisms: Tally;
  reviews: Tally;
  recommendations: Tally;
  violationTypes: Tally;
};

type CountedData = Pick<CatalogData, 'instruments'> &
  Partial<Pick<CatalogData, 'mechanisms' | 'reviews' | 'recommendationGroups' | 'recommendations' | 'violationTypes'>>;

const emptyTally = (): Tally => ({ total: 0, kazakh: 0, unverified: 0, missing: [] });

function count(tally: Tally, id: string, label: Label, unverified: readonly string[] | undefined): void {
  tally.total++;
  if (!label.kk) {
    tally.missing.push(id);
    return;
  }
  tally.kazakh++;
  if (unverified?.includes('kk')) tally.unverified++;
}

export function kazakhCoverage(data: CountedData): KazakhCoverage {
  const coverage: KazakhCoverage = {
    internationalTitles: emptyTally(),
    domesticTitles: emptyTally(),
    coreHeadings: emptyTally(),
    otherHeadings: emptyTally(),
    mechanisms: emptyTally(),
    reviews: emptyTally(),
    recommendations: emptyTally(),
    violationTypes: emptyTally(),
  };
  for (const instrument of data.instruments) {
    const titles = instrument.family === 'domestic' ? coverage.domesticTitles : coverage.internationalTitles;
    count(titles, instrument.id, instrument.title, instrument.unverified);
    const core = CORE_TREATIES.includes(instrument.id) || (instrument.parent !== undefined && CORE_TREATIES.includes(instrument.parent));
    const headings = core ? coverage.coreHeadings : coverage.otherHeadings;
    for (const article of instrument.articles) {
      count(headings, `${instrument.id}-${article.number}`, article.heading, article.unverified);
    }
  }
  for (const m of data.mechanisms ?? []) count(coverage.mechanisms, m.id, m.label, m.unverified);
  for (const r of data.reviews ?? []) count(coverage.reviews, r.id, r.label, r.unverified);
  const recommendations = [...(data.recommendationGroups ?? []).flatMap((g) => g.recommendations), ...(data.recommendations ?? [])];
  for (const r of recommendations) count(coverage.recommendations, r.id, r.summary, r.unverified);
  for (const v of data.violationTypes?.types ?? []) count(coverage.violationTypes, v.id, v.label, v.unverified);
  return coverage;
}

export function sumTallies(...tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({
      total: sum.total + t.total,
      kazakh: sum.kazakh + t.kazakh,
      unverified: sum.unverified + t.unverified,
      missing: [...sum.missing, ...t.missing],
    }),
    emptyTally(),
  );
}

/** "12.5 %"; an empty group counts as complete, since nothing in it lacks Kazakh. */
export function percent(tally: Tally): string {
  const value = tally.total === 0 ? 100 : (tally.kazakh / tally.total) * 100;
  return `${value.toFixed(1)} %`;
}

const MISSING_SHOWN = 15;

/** The table the script prints: one row per group, then the first ids still lacking Kazakh. */
export function formatKazakhCoverage(coverage: KazakhCoverage): string {
  // A row that sums the rows under it names no missing ids of its own.
  const rows: [string, Tally, 'sum'?][] = [
    ['Instrument titles', sumTallies(coverage.internationalTitles, coverage.domesticTitles), 'sum'],
    ['  international', coverage.internationalTitles],
    ['  Kazakh law', coverage.domesticTitles],
    ['Core-treaty article headings', coverage.coreHeadings],
    ['Other article headings', coverage.otherHeadings],
  ];
  const others: [string, Tally][] = [
    ['  mechanisms', coverage.mechanisms],
    ['  reviews', coverage.reviews],
    ['  recommendations', coverage.recommendations],
    ['  violation types', coverage.violationTypes],
  ];
  const otherTotal = sumTallies(...others.map(([, t]) => t));
  if (otherTotal.total > 0) rows.push(['Other labels', otherTotal, 'sum'], ...others);
  const lines = ['Kazakh text in the catalog', `${''.padEnd(30)}${'kk / total'.padStart(13)}${'%'.padStart(9)}${'unverified'.padStart(12)}`];
  for (const [name, t] of rows) {
    lines.push(`${name.padEnd(30)}${`${t.kazakh} / ${t.total}`.padStart(13)}${percent(t).padStart(9)}${String(t.unverified).padStart(12)}`);
  }
  const missing = rows.filter(([, , sum]) => sum === undefined).flatMap(([, t]) => t.missing);
  if (missing.length > 0) {
    const shown = missing.slice(0, MISSING_SHOWN).join(', ');
    lines.push('', `No Kazakh yet (${missing.length}): ${shown}${missing.length > MISSING_SHOWN ? ', …' : ''}`);
  }
  lines.push('', 'Unverified: drafted without the official Kazakh text; marked "unverified": ["kk"] in the data files.');
  return lines.join('\n');
}
