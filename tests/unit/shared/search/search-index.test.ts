import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  DuplicateSearchDocumentError,
  SearchSnapshotError,
  UnknownSearchFieldError,
  type SearchDocument,
} from '../../../../shared/search';

const ASTANA = ['Astana', 'Nur-Sultan', 'Akmola', 'Tselinograd', 'Астана', 'Нұр-Сұлтан', 'Нур-Султан', 'Ақмола'];
const ALMATY = ['Almaty', 'Alma-Ata', 'Алматы', 'Алма-Ата'];

const DOCS: SearchDocument[] = [
  { id: 'case-ilyashev', kind: 'case', fields: { title: 'Алнур Ильяшев: ложная информация', place: 'Астана' } },
  { id: 'person-tokayev', kind: 'person', fields: { name: 'Қасым-Жомарт Тоқаев' } },
  { id: 'event-makanchi', kind: 'event', fields: { title: 'Death in custody', place: 'Makanchi' } },
  { id: 'event-masanchi', kind: 'event', fields: { title: 'Clashes in a Dungan village', place: 'Masanchi' } },
  { id: 'event-zhanaozen', kind: 'event', fields: { title: 'Shooting of striking oil workers', place: 'Жаңаөзен' } },
  { id: 'case-kettling', kind: 'case', fields: { title: 'Kettling of DPK supporters', place: 'Alma-Ata' } },
  { id: 'person-kharkova', kind: 'person', fields: { name: 'Лариса Харькова', aliases: 'Larisa Kharkova' } },
  { id: 'event-karaganda', kind: 'event', fields: { title: 'Stairwells welded shut', place: 'Қарағанды' } },
];

function ids(hits: { id: string }[]): string[] {
  return hits.map((h) => h.id);
}

function seededIndex() {
  const index = createSearchIndex({ synonyms: [ASTANA, ALMATY] });
  index.addAll(DOCS);
  return index;
}

describe('search finds names across scripts', () => {
  it.each([
    ['Ilyashev', 'case-ilyashev'],
    ["Il'yashev", 'case-ilyashev'],
    ['Tokayev', 'person-tokayev'],
    ['Токаев', 'person-tokayev'],
    ['Kassym-Zhomart Tokaev', 'person-tokayev'],
    ['Janaozen', 'event-zhanaozen'],
    ['Жанаозен', 'event-zhanaozen'],
    ['Харькова', 'person-kharkova'],
    ["Qarag'andy", 'event-karaganda'],
  ])('"%s" finds %s', (query, id) => {
    expect(ids(seededIndex().search(query))).toContain(id);
  });

  it('finds each of eight names from the other script, whole and while it is typed', () => {
    const pairs = [
      ['Ильяшев', 'Ilyashev'], ['Түлкібас', 'Tulkibas'], ['Тоқаев', 'Tokayev'], ['Жаңаөзен', 'Zhanaozen'],
      ['Харькова', 'Kharkova'], ['Серікқызы', 'Serikkyzy'], ['Ахмедьяров', 'Akhmedyarov'], ['Өскемен', 'Oskemen'],
    ];
    for (const [cyrillic, latin] of pairs as [string, string][]) {
      const index = createSearchIndex();
      index.addAll([
        { id: 'cyrillic', kind: 'person', fields: { name: cyrillic } },
        { id: 'latin', kind: 'event', fields: { place: latin } },
      ]);
      expect(ids(index.search(latin)), latin).toEqual(['cyrillic', 'latin']);
      expect(ids(index.search(cyrillic)), cyrillic).toEqual(['cyrillic', 'latin']);
      for (const typed of [latin.slice(0, 4), cyrillic.slice(0, 4)]) {
        expect(ids(index.search(typed)).sort(), typed).toEqual(['cyrillic', 'latin']);
      }
    }
  });

  it('finds the Russian form of a place written in Kazakh through typo tolerance, flagged as approximate', () => {
    const hits = seededIndex().search('Karaganda');
    expect(ids(hits)).toEqual(['event-karaganda']);
    expect(hits[0]?.approximate).toBe(true);
  });
});

describe('search as you type', () => {
  it.each([
    ['Ilya', 'case-ilyashev'],
    ['Ильяш', 'case-ilyashev'],
    ['Tokay', 'person-tokayev'],
    ['Zh', 'person-tokayev'],
    ['Kharko', 'person-kharkova'],
    ['Kassym-Zhomart To', 'person-tokayev'],
  ])('the prefix "%s" finds %s', (query, id) => {
    expect(ids(seededIndex().search(query))).toContain(id);
  });

  it('treats the last word as finished once a space follows it', () => {
    expect(seededIndex().search('Ilya ')).toEqual([]);
  });

  it('requires every word of the query to match', () => {
    expect(ids(seededIndex().search('Larisa Tokayev'))).toEqual([]);
  });
});

describe('synonym groups', () => {
  it('finds a case in Astana when searching for Nur-Sultan, Nursultan or Akmola', () => {
    const index = seededIndex();
    for (const query of ['Nur-Sultan', 'Nur Sultan', 'Nursultan', 'Akmola', 'Нур-Султан']) {
      expect(ids(index.search(query)), query).toContain('case-ilyashev');
    }
  });

  it('finds a hyphenated former name from the current one', () => {
    expect(ids(seededIndex().search('Almaty'))).toContain('case-kettling');
  });

  it('expands nothing when no groups are given', () => {
    const index = createSearchIndex();
    index.addAll(DOCS);
    expect(ids(index.search('Nur-Sultan'))).not.toContain('case-ilyashev');
  });
});

describe('ranking and results', () => {
  it('ranks a title match above a note body match', () => {
    const index = createSearchIndex();
    index.add({ id: 'note', kind: 'note', fields: { body: 'Call with the lawyer of Bokayev about the appeal.' } });
    index.add({ id: 'case', kind: 'case', fields: { title: 'Max Bokayev and Talgat Ayanov' } });
    const hits = index.search('Бокаев');
    expect(ids(hits)).toEqual(['case', 'note']);
    expect(hits[0]?.field).toBe('title');
    expect(hits[1]?.field).toBe('body');
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('lets a document boost lift it above an equal match', () => {
    const index = createSearchIndex();
    index.add({ id: 'plain', kind: 'case', fields: { title: 'Aset Abishev' } });
    index.add({ id: 'boosted', kind: 'case', fields: { title: 'Aset Abishev' }, boost: 2 });
    expect(ids(index.search('Abishev'))).toEqual(['boosted', 'plain']);
  });

  it('keeps one-edit neighbours apart when both exist: Masanchi is not Makanchi', () => {
    const index = seededIndex();
    expect(ids(index.search('Masanchi'))).toEqual(['event-masanchi']);
    expect(ids(index.search('Makanchi'))).toEqual(['event-makanchi']);
  });

  it('filters by kind and cuts at the limit', () => {
    const index = seededIndex();
    expect(ids(index.search('Kh', { kinds: ['case'] }))).toEqual([]);
    expect(ids(index.search('Kh', { kinds: ['person'] }))).toEqual(['person-kharkova']);
    expect(index.search('in', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(seededIndex().search('  ,; ')).toEqual([]);
  });
});

describe('changing the index', () => {
  it('stops finding a removed document and reports whether it was there', () => {
    const index = seededIndex();
    expect(index.remove('person-tokayev')).toBe(true);
    expect(index.remove('person-tokayev')).toBe(false);
    expect(index.search('Tokayev')).toEqual([]);
    expect(index.size).toBe(DOCS.length - 1);
  });

  it('replaces a document in place and adds it when new', () => {
    const index = seededIndex();
    index.replace({ id: 'person-tokayev', kind: 'person', fields: { name: 'Serikzhan Bilash' } });
    index.replace({ id: 'person-new', kind: 'person', fields: { name: 'Дулат Агадил' } });
    expect(index.search('Tokayev')).toEqual([]);
    expect(ids(index.search('Билаш'))).toEqual(['person-tokayev']);
    expect(ids(index.search('Agadil'))).toEqual(['person-new']);
  });

  it('refuses to add an id twice: replace() is for that', () => {
    const index = seededIndex();
    expect(() => index.add({ id: 'person-tokayev', kind: 'person', fields: { name: 'Tokayev' } })).toThrow(DuplicateSearchDocumentError);
    expect(index.size).toBe(DOCS.length);
  });

  it('refuses a field the index was not created with', () => {
    const index = createSearchIndex();
    expect(() => index.add({ id: 'x', kind: 'note', fields: { mood: 'x' } })).toThrow(UnknownSearchFieldError);
  });

  it('accepts custom fields and weights', () => {
    const index = createSearchIndex({ fields: { heading: 2, content: 1 } });
    index.add({ id: 'x', kind: 'excerpt', fields: { heading: 'Saniya Toiken', content: 'Azattyq' } });
    expect(index.search('Тойкен')[0]?.field).toBe('heading');
  });
});

describe('snapshots', () => {
  it('round-trips through toJSON and fromJSON with the same results', () => {
    const index = seededIndex();
    const copy = createSearchIndex({ synonyms: [ASTANA, ALMATY] });
    copy.fromJSON(index.toJSON());
    for (const query of ['Ilya', 'Nur-Sultan', 'Karaganda', 'Tokayev']) {
      expect(copy.search(query), query).toEqual(index.search(query));
    }
  });

  it('rejects a snapshot that is not JSON, not format 2, or built with other fields', () => {
    const index = createSearchIndex();
    expect(() => index.fromJSON('{not json')).toThrow(SearchSnapshotError);
    // Format 1 wrapped MiniSearch's own serialisation; such a snapshot is rebuilt from the records, not read.
    expect(() => index.fromJSON(JSON.stringify({ format: 1, fields: {}, index: { serializationVersion: 2 } }))).toThrow(SearchSnapshotError);
    const other = createSearchIndex({ fields: { heading: 1 } });
    expect(() => index.fromJSON(other.toJSON())).toThrow(SearchSnapshotError);
  });

  it('rejects a damaged snapshot and keeps what it held', () => {
    const index = seededIndex();
    const snapshot = JSON.parse(index.toJSON()) as { index: { postings: [number, number[], number[]][][] } };
    snapshot.index.postings[0]![0]![1] = [DOCS.length + 5];
    expect(() => index.fromJSON(JSON.stringify(snapshot))).toThrow(SearchSnapshotError);
    expect(ids(index.search('Ilyashev'))).toEqual(['case-ilyashev']);
  });
});
