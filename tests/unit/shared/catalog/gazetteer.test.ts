import { describe, expect, it } from 'vitest';
import { gazetteerSynonyms } from '../../../../shared/catalog';

const groupOf = (name: string) => gazetteerSynonyms().filter((g) => g.includes(name));

describe('gazetteerSynonyms', () => {
  it('puts every name of the capital in one group', () => {
    const [astana, ...others] = groupOf('Nur-Sultan');
    expect(others).toEqual([]);
    expect(astana).toEqual(expect.arrayContaining(['Astana', 'Нұр-Сұлтан', 'Нур-Султан', 'Akmola', 'Ақмола', 'Tselinograd', 'Целиноград', 'Akmolinsk']));
  });

  it('groups Alma-Ata with Almaty and Kazakh Latin spellings with their city', () => {
    expect(groupOf('Alma-Ata')[0]).toEqual(expect.arrayContaining(['Almaty', 'Алматы', 'Алма-Ата']));
    expect(groupOf("Qarag'andy")[0]).toEqual(expect.arrayContaining(['Qaraǵandy', 'Qarağandy', 'Қарағанды', 'Karaganda']));
  });

  it('keeps Masanchi and Makanchi apart', () => {
    const masanchi = groupOf('Masanchi');
    const makanchi = groupOf('Makanchi');
    expect(masanchi).toHaveLength(1);
    expect(makanchi).toHaveLength(1);
    expect(masanchi[0]).not.toContain('Makanchi');
    expect(makanchi[0]).not.toContain('Masanchi');
  });

  it('never lets one name sit in two groups unless it is a shared label', () => {
    const seen = new Map<string, number>();
    for (const g of gazetteerSynonyms()) for (const n of new Set(g)) seen.set(n, (seen.get(n) ?? 0) + 1);
    const shared = [...seen].filter(([, n]) => n > 1).map(([name]) => name);
    // Region and city share Cyrillic stems but not full names; only identical city/oblast capitals remain.
    expect(shared).toEqual([]);
  });
});
