import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesOf, catalogFromData, findIntegrityProblems, getEntry, loadCatalog, ratificationsOf } from '../../../../shared/catalog';
import { shippedData } from '../../../../shared/catalog/data';

// Article counts of the authentic texts, counted independently of our data files.
const REAL_ARTICLE_COUNTS: Record<string, number> = {
  ICCPR: 53, ICESCR: 31, CAT: 33, CEDAW: 30, CRC: 54, CRPD: 50, ICERD: 25, ICMW: 93, CPED: 45,
  'OP-CAT': 37, 'ICCPR-OP1': 14, 'ICCPR-OP2': 11, 'CRC-OPAC': 13, 'CRC-OPSC': 17, 'CRC-OPIC': 24,
  'CEDAW-OP': 21, 'CRPD-OP': 18, 'OP-ICESCR': 22,
};
const OTHER_INSTRUMENTS = [
  'ILO-C029', 'ILO-C087', 'ILO-C098', 'ILO-C100', 'ILO-C105', 'ILO-C111', 'ILO-C138', 'ILO-C182', 'ILO-C155', 'ILO-C187',
  'ILO-C081', 'ILO-C122', 'ILO-C129', 'ILO-C144', 'OSCE-HELSINKI', 'OSCE-COPENHAGEN', 'COE-ISTANBUL', 'STD-ASSEMBLY-GUIDELINES',
  'SDG', 'KZ-CC', 'KZ-CAO', 'KZ-CONST', 'KZ-LAW-ASSEMBLIES-2020', 'KZ-PRES-DECREE-597', 'KZ-GOV-DECREE-405',
];

describe('catalog integrity', () => {
  const catalog = loadCatalog();

  it('has a version and no broken cross-reference', () => {
    expect(catalog.catalogVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(findIntegrityProblems(catalog)).toEqual([]);
  });

  it.each(Object.entries(REAL_ARTICLE_COUNTS))('%s lists every one of its %i articles, numbered 1..n', (id, count) => {
    const instrument = getEntry(id);
    expect(instrument?.kind).toBe('instrument');
    const articles = articlesOf(id);
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
    for (const a of articles) {
      expect(a.id).toBe(`${id}-${a.number}`);
      expect(a.label.en.length).toBeGreaterThan(2);
      expect(a.label.ru?.length).toBeGreaterThan(2);
    }
    if (instrument?.kind === 'instrument') {
      expect(instrument.articlesComplete).toBe(true);
      expect(instrument.url).toMatch(/^https:\/\/www\.ohchr\.org\//);
    }
  });

  it('flags rights articles as substantive and final clauses as not', () => {
    expect(getEntry('ICCPR-19')).toMatchObject({ substantive: true });
    expect(getEntry('ICCPR-40')).toMatchObject({ substantive: false });
    expect(getEntry('ICESCR-15')).toMatchObject({ substantive: true });
    expect(getEntry('ICESCR-16')).toMatchObject({ substantive: false });
    expect(articlesOf('ICCPR-OP1').every((a) => !a.substantive)).toBe(true);
  });

  it.each(OTHER_INSTRUMENTS)('includes %s', (id) => {
    expect(getEntry(id)?.kind).toBe('instrument');
  });

  it('keeps key ILO, OSCE and SDG provisions as taggable entries', () => {
    for (const id of ['ILO-C087-2', 'ILO-C087-3', 'ILO-C098-1', 'OSCE-COPENHAGEN-9.1', 'OSCE-COPENHAGEN-9.2', 'OSCE-COPENHAGEN-9.3',
      'SDG-3.3', 'SDG-3.8', 'SDG-3.b', 'SDG-3.c', 'SDG-3.d', 'SDG-4', 'SDG-5', 'SDG-8', 'SDG-1', 'SDG-10.7', 'SDG-16.b', 'SDG-16.10', 'SDG-17.17']) {
      expect(getEntry(id)?.kind, id).toBe('article');
    }
    expect(getEntry('SDG-3.8')).toMatchObject({ partOf: 'SDG-3' });
  });

  it('tells Criminal Code art. 405 from Government Decree No. 405', () => {
    expect(getEntry('KZ-CC-405')).toMatchObject({ kind: 'article', instrumentId: 'KZ-CC' });
    expect(getEntry('KZ-GOV-DECREE-405')).toMatchObject({ kind: 'instrument', number: '405' });
  });

  it('keeps conflicting ratification claims apart, each with its source', () => {
    const op2 = ratificationsOf('KZ', 'ICCPR-OP2');
    expect(op2.map((r) => [r.status, r.sources])).toEqual([['party', ['GK']], ['signatory', ['000', '003']]]);
    // The ratification law, the deposit and entry into force are three different dates.
    expect(op2[0]).toMatchObject({ signed: '2020-09-23', ratificationLaw: '2021-01-02', ratified: '2022-03-24', inForce: '2022-06-24' });
    expect(op2[1]?.ratified).toBeUndefined();
    expect(ratificationsOf('KZ', 'ICMW')[0]?.status).toBe('not-party');
  });

  it('names which body reviews every UN instrument', () => {
    const reviewed = new Set([...catalog.entries.values()].flatMap((e) => (e.kind === 'mechanism' ? e.reviews : [])));
    for (const id of Object.keys(REAL_ARTICLE_COUNTS)) expect(reviewed.has(id), id).toBe(true);
  });

  it('refuses data with a duplicated id or a dangling reference', () => {
    const data = structuredClone(shippedData) as { places: { id: string; parent?: string }[] };
    const duplicated = { ...data, places: [...data.places, data.places[0]!] };
    expect(() => catalogFromData(duplicated)).toThrow(/Duplicate catalog id GEO-KZ/);
    const dangling = { ...data, places: data.places.map((p, i) => (i === 1 ? { ...p, parent: 'GEO-NOWHERE' } : p)) };
    expect(() => catalogFromData(dangling)).toThrow(/GEO-NOWHERE/);
  });

  it('imports every JSON data file under shared/catalog', () => {
    const root = join(__dirname, '../../../../shared/catalog');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : []));
    const dataTs = readFileSync(join(root, 'data.ts'), 'utf8');
    for (const f of files(root)) expect(dataTs, f).toContain(`./${f.slice(root.length + 1)}`);
  });
});
