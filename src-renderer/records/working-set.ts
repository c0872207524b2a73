// The decrypted records of an open vault, in memory, and the search index built from them. It lives exactly as
// long as the unlock: dispose() drops both, so nothing decrypted outlives the keys.
import { createSearchIndex, DEFAULT_FIELD_WEIGHTS, type Hit, type Kind, type SearchDocument, type SearchIndex } from '../../shared/search';
import type { Case, Place } from '../../shared/model';
import { MODEL_TABLES, type AnyModelRecord, type ModelTable, type RecordOf } from './record-model';

export type RecordHit = Hit & {
  /**
   * The cases the hit belongs to: the case itself, an event's, note's or excerpt's case, every case a person is
   * in, or every case an item's text is attached to.
   */
  caseIds: string[];
};

const placeText = (place: Place | undefined): string =>
  !place ? '' : 'text' in place ? place.text : [place.label ?? '', place.gazetteerId].join(' ');

const TABLE_OF_KIND: Record<Kind, ModelTable> = {
  case: 'cases',
  person: 'people',
  event: 'events',
  note: 'notes',
  excerpt: 'excerpts',
  evidence: 'itemTexts',
};

// People's names also go on their cases, so typing any spelling of a victim's name finds the case.
const FIELDS = { ...DEFAULT_FIELD_WEIGHTS, people: 3 };

export class WorkingSet {
  private readonly maps = new Map<ModelTable, Map<string, AnyModelRecord>>(MODEL_TABLES.map((t) => [t, new Map()]));
  private index: SearchIndex;
  // Case-person links by either end, so indexing a case or a person never scans every link.
  private readonly links = { byCase: new Map<string, Set<string>>(), byPerson: new Map<string, Set<string>>() };
  // Attachments by vault item: an item's text is indexed once and answers for every case it is attached to.
  private readonly attachments = new Map<string, Set<string>>();
  // Documents loaded but not yet indexed. Indexing ~100k records costs more than a second, and the first list does
  // not need it, so load() leaves it here for indexSome() in idle time. Anything that reads or changes the index
  // drains it first, so the maps cannot change under the iterator and search never sees a partial index.
  private backlog: Iterator<SearchDocument> | undefined;
  // Bumped on every change to a table's records, so the snapshot writer can tell whether a table still holds exactly
  // what it last filed under a digest (snapshot-writer.ts) without comparing records.
  private readonly generations = new Map<ModelTable, number>(MODEL_TABLES.map((t) => [t, 0]));
  private changed: ((table: ModelTable, count: number) => void) | undefined;

  constructor(private readonly synonyms: readonly (readonly string[])[] = []) {
    this.index = createSearchIndex({ synonyms, fields: FIELDS });
  }

  map<T extends ModelTable>(table: T): Map<string, RecordOf<T>> {
    return this.maps.get(table) as Map<string, RecordOf<T>>;
  }

  /** A counter that moves whenever `table`'s records change. */
  generation(table: ModelTable): number {
    return this.generations.get(table) ?? 0;
  }

  /** Tells `listener` about every change after load (one listener: the snapshot writer). */
  onChange(listener: (table: ModelTable, count: number) => void): void {
    this.changed = listener;
  }

  private bump(table: ModelTable, count: number): void {
    this.generations.set(table, this.generation(table) + 1);
    this.changed?.(table, count);
  }

  get<T extends ModelTable>(table: T, id: string): RecordOf<T> | undefined {
    return this.map(table).get(id);
  }

  all<T extends ModelTable>(table: T): RecordOf<T>[] {
    return [...this.map(table).values()];
  }

  /** Adds or replaces records and keeps the search index current, including cases whose people changed. */
  put<T extends ModelTable>(table: T, records: readonly RecordOf<T>[]): void {
    this.indexAll();
    if (records.length > 0) this.bump(table, records.length);
    const cases = new Set<string>();
    for (const record of records) {
      const before = this.map(table).get(record.id);
      if (before) for (const caseId of this.casesOf(table, before)) cases.add(caseId);
      this.unlink(table, before);
      this.map(table).set(record.id, record);
      this.link(table, record);
      this.reindex(table, record.id);
      for (const caseId of this.casesOf(table, record)) cases.add(caseId);
    }
    if (table !== 'cases') for (const caseId of cases) this.reindex('cases', caseId);
  }

  remove(table: ModelTable, id: string): void {
    const record = this.map(table).get(id);
    if (!record) return;
    this.indexAll();
    this.bump(table, 1);
    const cases = this.casesOf(table, record);
    this.unlink(table, record);
    this.map(table).delete(id);
    this.index.remove(id);
    for (const caseId of cases) this.reindex('cases', caseId);
  }

  /**
   * Bulk load at open: fills the maps and links now, and queues every document for the index, to be indexed by
   * indexSome() or, at the latest, by the first search or change. Each case is indexed once, after all its links.
   */
  load(tables: { [T in ModelTable]?: readonly RecordOf<T>[] }): void {
    this.indexAll();
    for (const table of MODEL_TABLES) {
      this.generations.set(table, this.generation(table) + 1);
      for (const record of tables[table] ?? []) {
        this.map(table).set(record.id, record);
        this.link(table, record);
      }
    }
    this.backlog = this.documents();
  }

  /**
   * Puts `tables`' records in place of what those tables hold (the snapshot served at unlock, once verification
   * found their rows changed). Links are rebuilt from the maps, and the whole index is queued again rather than
   * patched: what was indexed so far came partly from the replaced records, and a rebuild from the maps cannot
   * disagree with them. Like load(), the queue is drained by indexSome() or the next search or change.
   */
  replaceTables(tables: { [T in ModelTable]?: readonly RecordOf<T>[] }): void {
    this.backlog = undefined;
    for (const table of MODEL_TABLES) {
      const records = tables[table];
      if (!records) continue;
      this.generations.set(table, this.generation(table) + 1);
      this.map(table).clear();
      for (const record of records) this.map(table).set(record.id, record);
    }
    this.links.byCase.clear();
    this.links.byPerson.clear();
    this.attachments.clear();
    for (const table of ['casePeople', 'caseItems'] as const) for (const record of this.map(table).values()) this.link(table, record);
    this.index = createSearchIndex({ synonyms: this.synonyms, fields: FIELDS });
    this.backlog = this.documents();
  }

  /** Indexes queued documents until `isDue()` says stop; returns whether the index is complete. */
  indexSome(isDue: () => boolean): boolean {
    const backlog = this.backlog;
    if (!backlog) return true;
    do {
      const next = backlog.next();
      if (next.done) {
        this.backlog = undefined;
        return true;
      }
      this.index.add(next.value);
    } while (!isDue());
    return false;
  }

  /** Indexes everything still queued, at once. */
  indexAll(): void {
    this.indexSome(() => false);
  }

  search(query: string, options: { kinds?: readonly Kind[]; limit?: number } = {}): RecordHit[] {
    this.indexAll();
    return this.index.search(query, options).map((hit) => ({ ...hit, caseIds: this.hitCases(hit) }));
  }

  clear(): void {
    this.backlog = undefined;
    this.changed = undefined;
    for (const table of MODEL_TABLES) this.generations.set(table, this.generation(table) + 1);
    for (const map of this.maps.values()) map.clear();
    this.links.byCase.clear();
    this.links.byPerson.clear();
    this.attachments.clear();
    this.index = createSearchIndex({ synonyms: this.synonyms, fields: FIELDS });
  }

  private *documents(): Generator<SearchDocument> {
    for (const table of MODEL_TABLES) {
      for (const record of this.map(table).values()) {
        const doc = this.documentFor(table, record);
        if (doc) yield doc;
      }
    }
  }

  private hitCases(hit: Hit): string[] {
    const table = TABLE_OF_KIND[hit.kind];
    const record = this.get(table, hit.id);
    if (!record) return [];
    if (table === 'itemTexts') return [...new Set(this.attachmentsOf((record as RecordOf<'itemTexts'>).itemId).map((a) => a.caseId))];
    // An excerpt belongs to its item: drawn outside any case, it shows in every case the item is attached to.
    if (table === 'excerpts') {
      const excerpt = record as RecordOf<'excerpts'>;
      return [...new Set([...this.casesOf(table, record), ...this.attachmentsOf(excerpt.itemId).map((a) => a.caseId)])];
    }
    return this.casesOf(table, record);
  }

  private casesOf(table: ModelTable, record: AnyModelRecord): string[] {
    if (table === 'cases') return [record.id];
    if (table === 'people') return this.linksOf('byPerson', record.id).map((l) => l.caseId);
    return 'caseId' in record && typeof record.caseId === 'string' ? [record.caseId] : [];
  }

  /** Every case attachment of one vault item. */
  attachmentsOf(itemId: string): RecordOf<'caseItems'>[] {
    const out: RecordOf<'caseItems'>[] = [];
    for (const id of this.attachments.get(itemId) ?? []) {
      const attachment = this.get('caseItems', id);
      if (attachment) out.push(attachment);
    }
    return out;
  }

  private reindex(table: ModelTable, id: string): void {
    const record = this.get(table, id);
    const doc = record && this.documentFor(table, record);
    if (doc) this.index.replace(doc);
    else this.index.remove(id);
  }

  private documentFor(table: ModelTable, record: AnyModelRecord): SearchDocument | undefined {
    switch (table) {
      case 'cases': {
        const c = record as Case;
        if (c.mergedInto) return undefined;
        return { id: c.id, kind: 'case', fields: { title: c.title, summary: c.summary, place: c.places.map(placeText).join(' '), people: this.peopleNames(c.id) } };
      }
      case 'people': {
        const p = record as RecordOf<'people'>;
        if (p.mergedInto) return undefined;
        return { id: p.id, kind: 'person', fields: { name: p.names.map((n) => n.text).join(' '), text: [p.description ?? '', p.affiliation ?? ''].join(' ') } };
      }
      case 'events': {
        const e = record as RecordOf<'events'>;
        return { id: e.id, kind: 'event', fields: { description: e.description, place: placeText(e.place) } };
      }
      case 'notes': {
        const n = record as RecordOf<'notes'>;
        return { id: n.id, kind: 'note', fields: { text: n.text } };
      }
      case 'excerpts': {
        const x = record as RecordOf<'excerpts'>;
        return { id: x.id, kind: 'excerpt', fields: { text: x.quote ?? '', note: x.note ?? '' } };
      }
      case 'itemTexts': {
        const text = record as RecordOf<'itemTexts'>;
        if (!text.hasTextLayer) return undefined;
        return { id: text.id, kind: 'evidence', fields: { text: text.pages.map((p) => p.text).join('\n') } };
      }
      default:
        return undefined;
    }
  }

  private peopleNames(caseId: string): string {
    const names: string[] = [];
    for (const link of this.linksOf('byCase', caseId)) {
      for (const name of this.get('people', link.personId)?.names ?? []) names.push(name.text);
    }
    return names.join(' ');
  }

  /** The case-person links touching one case or one person. */
  linksOf(end: 'byCase' | 'byPerson', id: string): RecordOf<'casePeople'>[] {
    const out: RecordOf<'casePeople'>[] = [];
    for (const linkId of this.links[end].get(id) ?? []) {
      const link = this.get('casePeople', linkId);
      if (link) out.push(link);
    }
    return out;
  }

  private link(table: ModelTable, record: AnyModelRecord): void {
    if (table === 'caseItems') {
      const { id, itemId } = record as RecordOf<'caseItems'>;
      const set = this.attachments.get(itemId) ?? new Set<string>();
      set.add(id);
      this.attachments.set(itemId, set);
    }
    if (table !== 'casePeople') return;
    const { id, caseId, personId } = record as RecordOf<'casePeople'>;
    for (const [map, key] of [[this.links.byCase, caseId], [this.links.byPerson, personId]] as const) {
      const set = map.get(key) ?? new Set<string>();
      set.add(id);
      map.set(key, set);
    }
  }

  private unlink(table: ModelTable, record: AnyModelRecord | undefined): void {
    if (table === 'caseItems' && record) this.attachments.get((record as RecordOf<'caseItems'>).itemId)?.delete(record.id);
    if (table !== 'casePeople' || !record) return;
    const { id, caseId, personId } = record as RecordOf<'casePeople'>;
    this.links.byCase.get(caseId)?.delete(id);
    this.links.byPerson.get(personId)?.delete(id);
  }
}
