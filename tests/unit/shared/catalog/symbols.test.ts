import { describe, expect, it } from 'vitest';
import { documentSymbolsOf, getEntry, loadCatalog, searchCatalog } from '../../../../shared/catalog';

// Every document symbol the four source reports cite, as they print it.
const CITED_SYMBOLS = [
  'A/RES/217(III)',
  'A/RES/46/224',
  'A/RES/60/251',
  'A/HRC/14/10',
  'A/HRC/28/10',
  'A/HRC/DEC/28/106',
  'A/HRC/43/10',
  'A/HRC/43/10/Add.1',
  'A/HRC/DEC/43/109',
  'A/HRC/23/39/Add.1',
  'A/HRC/41/41',
  'A/HRC/47/27',
  'A/HRC/WGAD/2021/5',
  'CCPR/C/KAZ/2',
  'E/C.12/KAZ/2',
  'CEDAW/C/KAZ/3-4',
  'CEDAW/C/KAZ/CO/3-4',
  'CEDAW/C/KAZ/5',
  'CEDAW/C/KAZ/CO/5',
  'CEDAW/C/GC/28',
  'CDL-AD(2019)017rev',
  'RC-B9-0144/2021',
];

describe('document symbols', () => {
  it.each(CITED_SYMBOLS)('%s finds the entry that is that document first', (symbol) => {
    const [first] = searchCatalog(symbol, 'en');
    expect(first, symbol).toBeDefined();
    expect(documentSymbolsOf(first!.entry)).toContain(symbol);
  });

  it('finds every symbol the catalog holds, on an instrument or a review, as the entry that is that document', () => {
    const held = [...loadCatalog().entries.values()].flatMap((entry) => documentSymbolsOf(entry).map((symbol) => ({ symbol, id: entry.id })));
    expect(held.length).toBeGreaterThanOrEqual(CITED_SYMBOLS.length);
    expect(held.map(({ symbol }) => symbol)).toEqual(expect.arrayContaining(CITED_SYMBOLS));
    const lost = held.filter(({ symbol, id }) => searchCatalog(symbol, 'en')[0]?.id !== id).map(({ symbol }) => symbol);
    expect(lost).toEqual([]);
  });

  it('ignores case and spaces but not the digits: A/HRC/43/10 is not A/HRC/43/10/Add.1', () => {
    expect(searchCatalog('a/hrc/43/10/add.1', 'en')[0]?.id).toBe('REVIEW-UPR-KZ-3');
    expect(searchCatalog(' CEDAW / C / GC / 28 ', 'en')[0]?.id).toBe('STD-CEDAW-GR28');
    expect(searchCatalog('A/HRC/14/10', 'en')[0]?.id).toBe('REVIEW-UPR-KZ-1');
    expect(searchCatalog('A/HRC/41/41', 'en')[0]?.id).toBe('DOC-A-HRC-41-41');
  });

  it('ranks the document above the recommendations made in it', () => {
    const ids = searchCatalog('A/HRC/43/10', 'en').map((h) => h.id);
    expect(ids[0]).toBe('REVIEW-UPR-KZ-3');
    expect(ids).toContain('REC-UPR3-KZ-N01');
  });

  it('gives a recommendation no symbol of its own and a review every symbol of its documents', () => {
    expect(documentSymbolsOf(getEntry('REC-UPR3-KZ-N01')!)).toEqual([]);
    expect(documentSymbolsOf(getEntry('REVIEW-CEDAW-KZ-2014')!)).toEqual(['CEDAW/C/KAZ/3-4', 'CEDAW/C/KAZ/CO/3-4']);
    expect(documentSymbolsOf(getEntry('UDHR')!)).toEqual(['A/RES/217(III)']);
  });
});
