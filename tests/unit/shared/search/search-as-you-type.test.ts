import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchDocument, type SearchIndex } from '../../../../shared/search';
import { buildSynonymTable } from '../../../../shared/search/synonyms';
import { narrows, planQuery } from '../../../../shared/search/query-plan';

const ASTANA = ['Astana', 'Nur-Sultan', 'Akmola', 'Астана', 'Нұр-Сұлтан', 'Нур-Султан', 'Ақмола'];
const GIVEN = ['Алнур', 'Larisa', 'Ержан', 'Aset', 'Лұқпан', 'Kassym-Jomart', 'Айдар'];
const FAMILY = ['Ильяшев', 'Kharkova', 'Елшибаев', 'Abishev', 'Ахмедьяров', 'Tokayev', 'Байсагатов', 'Akhmetov'];
const PLACES = ['Нур-Султан', 'Almaty', 'Ақтөбе', 'Astana', 'Akmola', 'Жаңаөзен', 'Aktau', 'Oskemen'];

function corpus(): SearchDocument[] {
  return Array.from({ length: 600 }, (_, i) => ({
    id: `d${i}`,
    kind: i % 3 === 0 ? 'case' : i % 3 === 1 ? 'person' : 'event',
    fields: { name: `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 5) % FAMILY.length]}`, place: PLACES[(i * 3) % PLACES.length]! },
    boost: i % 50 === 0 ? 2 : undefined,
  }));
}

function freshIndex(): SearchIndex {
  const index = createSearchIndex({ synonyms: [ASTANA] });
  index.addAll(corpus());
  return index;
}

const prefixes = (text: string) => Array.from(text, (_, i) => text.slice(0, i + 1));
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('typing a query letter by letter', () => {
  it('gives at every keystroke exactly what a search from scratch gives', () => {
    const typing = freshIndex();
    for (const query of ['Алнур Ильяшев', 'Kassym-Jomart Tok', 'Nur-Sultan', 'Нұр-Сұлтан Ержан', 'Akhmedyarov', 'Larisa Kharkova ']) {
      for (const typed of [...prefixes(query), ...prefixes(query).reverse()]) {
        for (const options of [{}, { kinds: ['person'] as const }, { limit: 5 }]) {
          const scratch = freshIndex().search(typed, options);
          expect(typing.search(typed, options), `${typed} ${JSON.stringify(options)}`).toEqual(scratch);
        }
      }
    }
  });

  it('narrows within a long posting list without losing a document next to one that is not in it', () => {
    // "court" is in every document but d20, so the narrowed "co" looks the three Ilyashev documents up in its
    // postings one by one; d21 sits right where the lookup for d20 stops.
    const docs: SearchDocument[] = Array.from({ length: 100 }, (_, i) => ({
      id: `d${i}`,
      kind: 'event',
      fields: { name: [10, 20, 21].includes(i) ? 'Ilyashev' : 'Abishev', text: i === 20 ? 'detained' : 'court hearing' },
    }));
    const typing = createSearchIndex();
    typing.addAll(docs);
    for (const typed of prefixes('Ilyashev court')) {
      const scratch = createSearchIndex();
      scratch.addAll(docs);
      expect(typing.search(typed), typed).toEqual(scratch.search(typed));
    }
    expect(ids(typing.search('Ilyashev co')).sort()).toEqual(['d10', 'd21']);
  });

  it('never answers from results the index has since changed', () => {
    const index = freshIndex();
    expect(index.search('Zhovt')).toEqual([]);
    index.add({ id: 'new', kind: 'person', fields: { name: 'Евгений Жовтис' } });
    expect(ids(index.search('Zhovt'))).toEqual(['new']);
    expect(ids(index.search('Zhovti'))).toEqual(['new']);
    index.remove('new');
    expect(index.search('Zhovti')).toEqual([]);
    index.replace({ id: 'd0', kind: 'case', fields: { name: 'Yevgeny Zhovtis' } });
    expect(ids(index.search('Zhovtis'))).toEqual(['d0']);
  });
});

describe('short prefixes', () => {
  it('matches a lone typed letter only as a whole word, such as an initial', () => {
    const index = createSearchIndex();
    index.add({ id: 'initial', kind: 'person', fields: { name: 'K. Tokayev' } });
    index.add({ id: 'word', kind: 'person', fields: { name: 'Kassym-Jomart Tokayev' } });
    expect(ids(index.search('K'))).toEqual(['initial']);
    expect(ids(index.search('Ka'))).toEqual(['word']);
  });

  it('waits for the second letter of a later word, keeping the results of the words before it', () => {
    const index = freshIndex();
    expect(index.search('Larisa K')).toEqual(index.search('Larisa '));
    expect(index.search('Larisa Kh').length).toBeLessThan(index.search('Larisa ').length);
  });

  it('completes a half-typed digraph instead of dropping its first letter', () => {
    const index = freshIndex();
    const hits = index.search('Ak', { limit: 1000 });
    // Ахмедьяров keys to "ahmediarov": "Ak" is the start of "Akh". Almaty and Aset start with a but not ak/akh.
    expect(hits.some((h) => h.terms.includes('ahmediarov'))).toBe(true);
    expect(hits.every((h) => h.terms.every((t) => t.startsWith('ak') || t.startsWith('ah')))).toBe(true);
  });
});

describe('narrowing between plans', () => {
  const table = buildSynonymTable([ASTANA]);
  const plan = (text: string) => planQuery(text, table)!.positions;

  it('knows when one more letter or word can only narrow the query', () => {
    expect(narrows(plan('Ильяш'), plan('Ильяше'))).toBe(true);
    expect(narrows(plan('Ильяш'), plan('Ильяш '))).toBe(true);
    expect(narrows(plan('Алнур'), plan('Алнур Иль'))).toBe(true);
    expect(narrows(plan('Tokay'), plan('Tokaye'))).toBe(true);
  });

  it('knows when it may widen: a synonym phrase, a changed word, a digraph that refolds', () => {
    expect(narrows(plan('Nur-Sulta'), plan('Nur-Sultan'))).toBe(false);
    expect(narrows(plan('Astan'), plan('Astana'))).toBe(false);
    expect(narrows(plan('Ильяш'), plan('Ильяк'))).toBe(false);
    expect(narrows(plan('K'), plan('Kh'))).toBe(false);
    expect(narrows(plan('Алнур Иль'), plan('Алнур'))).toBe(false);
  });
});

describe('document boosts', () => {
  it('survive a snapshot round trip', () => {
    const index = createSearchIndex();
    index.add({ id: 'plain', kind: 'case', fields: { title: 'Aset Abishev' } });
    index.add({ id: 'boosted', kind: 'case', fields: { title: 'Aset Abishev' }, boost: 2 });
    const copy = createSearchIndex();
    copy.fromJSON(index.toJSON());
    expect(ids(copy.search('Abishev'))).toEqual(['boosted', 'plain']);
  });

  it('stop applying once the boosted document is replaced without a boost', () => {
    const index = createSearchIndex();
    index.add({ id: 'a', kind: 'case', fields: { title: 'Aset Abishev' }, boost: 0.5 });
    index.add({ id: 'b', kind: 'case', fields: { title: 'Aset Abishev' } });
    expect(ids(index.search('Abishev'))).toEqual(['b', 'a']);
    index.replace({ id: 'a', kind: 'case', fields: { title: 'Aset Abishev' } });
    const [first, second] = index.search('Abishev');
    expect(first!.score).toBe(second!.score);
  });
});
