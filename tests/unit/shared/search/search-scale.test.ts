import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchDocument } from '../../../../shared/search';

// Size only: timings belong to bench/search.bench.ts, where they are compared with SQLite FTS5.
const GIVEN = ['Алнур', 'Serikzhan', 'Дулат', 'Aset', 'Лариса', 'Yerlan', 'Амин', 'Nurbek', 'Ержан', 'Saniya'];
const FAMILY = ['Ильяшев', 'Bilash', 'Агадил', 'Abishev', 'Харькова', 'Baltabay', 'Елеусинов', 'Kushakbayev'];
const PLACES = ['Астана', 'Almaty', 'Шымкент', 'Aktobe', 'Өскемен', 'Qaraǵandy', 'Жаңаөзен', 'Oral'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

describe('a large index', () => {
  it('indexes 50,000 short documents and finds them by either script', () => {
    const index = createSearchIndex();
    const docs: SearchDocument[] = [];
    for (let i = 0; i < 50_000; i++) {
      docs.push({
        id: `doc-${i}`,
        kind: i % 2 ? 'person' : 'event',
        fields: { name: `${pick(GIVEN, i)} ${pick(FAMILY, i * 7 + 3)} ${i}`, place: pick(PLACES, i * 13) },
      });
    }
    index.addAll(docs);
    expect(index.size).toBe(50_000);

    const target = docs.find((d, i) => i > 40_000 && d.fields.name?.includes('Ильяшев'));
    const number = target?.id.slice('doc-'.length);
    expect(index.search(`Ilyashev ${number}`).map((h) => h.id)).toEqual([target?.id]);
    expect(index.search('Kharko', { limit: 10_000 }).length).toBe(
      docs.filter((d) => d.fields.name?.includes('Харькова')).length,
    );
    expect(index.search('Ka', { limit: 20 })).toHaveLength(20);
  });
});
