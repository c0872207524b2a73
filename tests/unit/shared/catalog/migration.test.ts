import { describe, expect, it } from 'vitest';
import { loadCatalog, recommendationsFor, resolveTagTarget, resolvedEntry, suggestArticles } from '../../../../shared/catalog';

describe('resolveTagTarget', () => {
  const catalog = loadCatalog();

  it('resolves a current id to itself', () => {
    expect(resolveTagTarget('ICCPR-19', catalog)).toMatchObject({ status: 'current', id: 'ICCPR-19' });
  });

  it('follows an old instrument id, and carries article numbers across the rename', () => {
    expect(resolveTagTarget('OP2-ICCPR', catalog)).toMatchObject({ status: 'renamed', from: 'OP2-ICCPR', id: 'ICCPR-OP2' });
    expect(resolveTagTarget('OP2-ICCPR-1', catalog)).toMatchObject({ status: 'renamed', id: 'ICCPR-OP2-1' });
    expect(resolveTagTarget('ICRMW-25', catalog)).toMatchObject({ status: 'renamed', id: 'ICMW-25' });
  });

  it('follows a retired id to its replacement', () => {
    const r = resolveTagTarget('GEO-NUR-SULTAN', catalog);
    expect(r.status).toBe('retired');
    expect(resolvedEntry(r)?.id).toBe('GEO-ASTANA');
  });

  it('treats a paragraph reference as its article plus the paragraph', () => {
    expect(resolveTagTarget('ICCPR-20.2', catalog)).toMatchObject({ status: 'current', id: 'ICCPR-20', paragraph: '2' });
    expect(resolveTagTarget('KZ-CC-274.4', catalog)).toMatchObject({ id: 'KZ-CC-274', paragraph: '4' });
    expect(resolveTagTarget('OSCE-COPENHAGEN-9.2', catalog)).toMatchObject({ status: 'current', id: 'OSCE-COPENHAGEN-9.2' });
  });

  it('says unknown rather than guessing', () => {
    expect(resolveTagTarget('ICCPR-99', catalog)).toEqual({ status: 'unknown', id: 'ICCPR-99' });
  });
});

describe('links between entries', () => {
  it('finds recommendations by article, by domestic provision and through old ids', () => {
    expect(recommendationsFor('ICCPR-22').map((r) => r.id)).toContain('REC-CCPR-KAZ-CO2-54');
    expect(recommendationsFor('KZ-CC-145').map((r) => r.id)).toEqual(['REC-UPR3-KZ-N09']);
    expect(recommendationsFor('OP2-ICCPR').map((r) => r.id)).toEqual(['REC-OHCHR-UPR3-KZ-01']);
  });

  it('suggests treaty articles from a domestic provision and from a violation type', () => {
    expect(suggestArticles('KZ-CC-174').map((e) => e.id)).toEqual(['ICCPR-19', 'ICCPR-20', 'ICCPR-18']);
    expect(suggestArticles('VT-KETTLING').map((e) => e.id)).toEqual(['ICCPR-9', 'ICCPR-12', 'ICCPR-21', 'ICCPR-7']);
  });
});
