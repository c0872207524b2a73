/**
 * The records bench data as an importBatch: the same deterministic rows (bench/search-data.ts, fixed seed) for the
 * Chromium page that writes them and for the Node side that loads them into sqlite as the reference, so both
 * measure the same rows. Mirrors the mapping in bench/records.bench.ts, whose Node program cannot name these types.
 */
import type { ImportBatch } from '../../src-renderer/records';
import { FULL_SIZES, generateBenchData, type BenchData, type BenchSizes } from '../search-data';

export type RecordsBatch = Required<Pick<ImportBatch, 'cases' | 'people' | 'events' | 'casePeople'>>;

export const benchSizes = (scale: number): BenchSizes => ({
  cases: Math.round(FULL_SIZES.cases * scale),
  people: Math.round(FULL_SIZES.people * scale),
  events: Math.round(FULL_SIZES.events * scale),
});

// Record ids are 32 hex digits; a per-table first digit keeps them unique and the mapping readable.
const recordId = (table: string, benchId: string) => `${table}${parseInt(benchId.slice(2), 16).toString(16).padStart(31, '0')}`;
const script = (text: string) => (/\p{Script=Cyrillic}/u.test(text) ? 'cyrillic' : 'latin') as 'cyrillic' | 'latin';

export function toRecordsBatch(data: BenchData): RecordsBatch {
  return {
    cases: data.cases.map((c) => ({ id: recordId('c', c.id), title: c.title, summary: c.summary, places: [{ text: c.place }] })),
    people: data.people.map((p) => ({
      id: recordId('a', p.id),
      names: p.names.map((text, i) => ({ text, script: script(text), kind: i === 0 ? ('primary' as const) : ('transliteration' as const) })),
      description: p.description,
      ...(p.affiliation ? { affiliation: p.affiliation } : {}),
    })),
    events: data.events.map((e) => ({ id: recordId('e', e.id), caseId: recordId('c', e.caseId), description: e.description, place: { text: e.place } })),
    casePeople: data.cases.flatMap((c) =>
      c.personIds.map((p, i) => ({ caseId: recordId('c', c.id), personId: recordId('a', p), role: i === 0 ? ('victim' as const) : ('witness' as const) })),
    ),
  };
}

export const recordsBatch = (scale: number): RecordsBatch => toRecordsBatch(generateBenchData(benchSizes(scale)));
