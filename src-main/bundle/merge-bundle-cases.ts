/**
 * Defends against: a colleague's cases overwriting this team's edits unseen, arriving twice, or half; a hostile
 *   cases.json writing records the app cannot read; a person's name reaching this vault under another's record.
 * Follows: merge by record id, three ways. The base is what this vault last received for the record (its digest,
 *   kept sealed): a record nobody here touched since follows the sender; one the sender did not change keeps this
 *   vault's edits; one both changed stays as it is here, and the sender's version is kept beside it as a conflict
 *   to be settled by a person. People travel without their ids (case-disclosure.ts), so a received person gets an
 *   id derived from the sender, the case and the person's ref: the same person again next time, never a stranger's
 *   record here. Every record written passes the same zod model the app's own saves pass.
 * Tests: tests/unit/main/bundle/merge-bundle-cases.test.ts, tests/unit/main/bundle/receive-bundle.test.ts.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CaseDisclosure } from '../../shared/ipc/channels/bundle';
import type { JournalTable } from '../../shared/ipc/channels/records';
import { MODEL_SCHEMAS } from '../../shared/records/record-models';
import { canonicalJson } from '../../shared/format/canonical-json';
import { searchKey } from '../../shared/text';

type AnyRecord = Record<string, unknown> & { id: string };
export type LocalTables = Map<JournalTable, Map<string, Record<string, unknown>>>;

export type MergedTable = 'cases' | 'events' | 'people' | 'casePeople' | 'notes' | 'sources' | 'claims' | 'proceedings' | 'caseItems' | 'excerpts';

/**
 * cases.json read with the same strict schema the export channel holds the renderer to: a field the app never
 * writes, or a value no model accepts, refuses the bundle before anything is planned.
 */
export const BundleCases = z.array(CaseDisclosure).max(10_000);
export type BundleCases = z.infer<typeof BundleCases>;

export type Sender = { name: string; fingerprint: string };
export type MergeOutcome = 'added' | 'changed' | 'unchanged' | 'kept' | 'conflict';
export type MergeChange = { table: MergedTable; id: string; caseId: string; outcome: MergeOutcome };
/** Both versions of a record both sides changed: this vault's stays current until a person chooses. */
export type MergeConflict = {
  table: MergedTable;
  id: string;
  caseId: string;
  sender: Sender;
  bundleId: string;
  receivedAt: string;
  ours: Record<string, unknown>;
  theirs: AnyRecord;
  /** The fields the sender's version carried: what the next merge compares, once this one is settled. */
  fields: string[];
};
/** A received person whose name, folded across scripts, matches someone this vault already holds. */
export type PersonSuggestion = { receivedId: string; localId: string; names: string[]; localNames: string[] };

export type MergePlan = {
  cases: { id: string; title: string; isNew: boolean }[];
  changes: MergeChange[];
  conflicts: MergeConflict[];
  people: PersonSuggestion[];
  /** Records to append, in one group. */
  writes: { table: MergedTable; record: AnyRecord }[];
  /** Digests of what was received, by `table/id`: the base of the next merge. */
  received: Record<string, string>;
};

export class CasesRejected extends Error {
  constructor(
    readonly code: 'bundle.casesInvalid' | 'bundle.caseFileMissing',
    readonly details: Record<string, string>,
  ) {
    super(code);
  }
}

const digest = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');
const derivedId = (...parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);

/** The fields the sender's version speaks about, and nothing this vault keeps that a bundle never carries. */
function comparable(table: MergedTable, record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const field of fields) if (!BOOKKEEPING.has(field) && !(table === 'sources' && field === 'caseIds')) view[field] = record[field];
  return view;
}

/** The digest a merge compares: the fields the sender's version carries, bookkeeping left out. */
export const receivedDigest = (table: MergedTable, record: Record<string, unknown>, fields: readonly string[]): string => digest(comparable(table, record, fields));

export type MergeInput = {
  disclosures: BundleCases;
  sender: Sender;
  bundleId: string;
  bundleCreatedAt: string;
  /** This vault's item id for each of the sender's; undefined when the file is not in the bundle. */
  localItemOf: (senderItemId: string) => string | undefined;
  local: LocalTables;
  /** Digests of what was received before, by `table/id`. */
  base: Readonly<Record<string, string>>;
  now: string;
};

export function planMerge(input: MergeInput): MergePlan {
  const plan: MergePlan = { cases: [], changes: [], conflicts: [], people: [], writes: [], received: {} };
  const planned = new Set<string>();
  for (const disclosed of input.disclosures) {
    const caseId = disclosed.case.id;
    const personIdOf = (ref: unknown): string | undefined => (typeof ref === 'string' && people.has(ref) ? people.get(ref) : undefined);
    const people = new Map(disclosed.people.filter((p) => !p.withheld).map((p) => [p.ref, derivedId('tamga.received-person', input.sender.fingerprint, caseId, p.ref)]));
    const withPerson = ({ personRef, ...rest }: Record<string, unknown>) => {
      const personId = personIdOf(personRef);
      return personId ? { ...rest, personId } : rest;
    };
    const itemOf = (senderItemId: string, where: string): string => {
      const local = input.localItemOf(senderItemId);
      if (!local) throw new CasesRejected('bundle.caseFileMissing', { case: caseId, item: senderItemId, where });
      return local;
    };

    const existing = input.local.get('cases')?.get(caseId);
    plan.cases.push({ id: caseId, title: String(disclosed.case.title ?? ''), isNew: !existing });
    const incoming: [MergedTable, Record<string, unknown>][] = [
      ['cases', pick(disclosed.case, ['id', 'title', 'summary', 'status', 'places', 'tags', 'tagNotes', 'period'])],
      ...disclosed.events.map((event): [MergedTable, Record<string, unknown>] => [
        'events',
        { ...event, caseId, actors: Array.isArray(event.actors) ? event.actors.map((actor) => withPerson(actor as Record<string, unknown>)) : [] },
      ]),
      ...disclosed.people.flatMap((person): [MergedTable, Record<string, unknown>][] => {
        const personId = personIdOf(person.ref);
        if (!personId) return [];
        return [
          ['people', receivedPerson(personId, person)],
          ['casePeople', { id: derivedId('tamga.received-link', caseId, personId, person.role), caseId, personId, role: person.role, ...pick(person, ['victimCategories']) }],
        ];
      }),
      ...disclosed.notes.map((note): [MergedTable, Record<string, unknown>] => ['notes', { ...withPerson(note), caseId }]),
      ...disclosed.sources.map((source): [MergedTable, Record<string, unknown>] => ['sources', source]),
      ...disclosed.claims.map((claim): [MergedTable, Record<string, unknown>] => ['claims', { ...claim, caseId }]),
      ...disclosed.proceedings.map((proceeding): [MergedTable, Record<string, unknown>] => ['proceedings', { ...withPerson(proceeding), caseId }]),
      ...disclosed.exhibits.map(({ source, ...exhibit }): [MergedTable, Record<string, unknown>] => [
        'caseItems',
        { ...exhibit, caseId, itemId: itemOf(exhibit.itemId, 'exhibit'), source: source && typeof source === 'object' ? withPerson(source as Record<string, unknown>) : {} },
      ]),
      ...disclosed.excerpts.map((excerpt): [MergedTable, Record<string, unknown>] => ['excerpts', { ...excerpt, itemId: itemOf(excerpt.itemId, 'excerpt') }]),
    ];

    for (const [table, raw] of incoming) {
      const id = String(raw.id);
      const key = `${table}/${id}`;
      // A source cited by two received cases arrives twice: it is one record, with both cases.
      if (planned.has(key)) {
        if (table === 'sources') mergeSourceCases(plan, id, raw);
        continue;
      }
      planned.add(key);
      const ours = input.local.get(table)?.get(id);
      const fields = Object.keys(raw);
      const theirsDigest = receivedDigest(table, raw, fields);
      const oursDigest = ours && receivedDigest(table, ours, fields);
      const base = input.base[key];
      plan.received[key] = theirsDigest;
      const write = (outcome: MergeOutcome) => {
        plan.writes.push({ table, record: build(table, ours, raw, input) });
        plan.changes.push({ table, id, caseId, outcome });
      };
      if (!ours) write('added');
      else if (oursDigest === theirsDigest) {
        if (table === 'sources' && !sameCases(ours, raw)) write('changed');
        else plan.changes.push({ table, id, caseId, outcome: 'unchanged' });
      } else if (base !== undefined && oursDigest === base) write('changed');
      else if (base !== undefined && theirsDigest === base) plan.changes.push({ table, id, caseId, outcome: 'kept' });
      else {
        plan.changes.push({ table, id, caseId, outcome: 'conflict' });
        // The sender's version as this vault would store it, so taking it later is one ordinary save.
        plan.conflicts.push({ table, id, caseId, sender: input.sender, bundleId: input.bundleId, receivedAt: input.now, ours, theirs: build(table, ours, raw, input), fields });
        // Settled by a person, not by the next bundle: this vault's version stays the base it is compared with.
        delete plan.received[key];
      }
    }
  }
  plan.people = suggestPeople(plan.writes, input.local);
  return plan;
}

function build(table: MergedTable, ours: Record<string, unknown> | undefined, raw: Record<string, unknown>, input: MergeInput): AnyRecord {
  const caseIds = table === 'sources' ? [...new Set([...asStrings(ours?.caseIds), ...asStrings(raw.caseIds)])] : undefined;
  const candidate = {
    ...ours,
    ...raw,
    ...(caseIds ? { caseIds } : {}),
    createdAt: ours?.createdAt ?? raw.createdAt ?? input.bundleCreatedAt,
    updatedAt: input.now,
  };
  const parsed = MODEL_SCHEMAS[table].safeParse(candidate);
  if (!parsed.success) throw new CasesRejected('bundle.casesInvalid', { table, id: String(raw.id), reason: parsed.error.issues[0]?.message ?? 'invalid' });
  return parsed.data as AnyRecord;
}

function mergeSourceCases(plan: MergePlan, id: string, raw: Record<string, unknown>): void {
  const pending = plan.writes.find((w) => w.table === 'sources' && w.record.id === id);
  if (pending) pending.record = { ...pending.record, caseIds: [...new Set([...asStrings(pending.record.caseIds), ...asStrings(raw.caseIds)])] };
}

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const sameCases = (ours: Record<string, unknown>, raw: Record<string, unknown>) => asStrings(raw.caseIds).every((id) => asStrings(ours.caseIds).includes(id));

function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (record[field] !== undefined) out[field] = record[field];
  return out;
}

const scriptOf = (text: string): 'cyrillic' | 'latin' | 'other' => (/\p{Script=Cyrillic}/u.test(text) ? 'cyrillic' : /\p{Script=Latin}/u.test(text) ? 'latin' : 'other');

/** A disclosed person as a person record: names in the order given, the first primary; no name, an anonymous party. */
function receivedPerson(id: string, person: Record<string, unknown> & { ref: string; names: string[] }): Record<string, unknown> {
  const names = person.names.filter((text) => text.trim().length > 0).map((text, i) => ({ text, script: scriptOf(text), kind: i === 0 ? 'primary' : 'variant' }));
  const form = typeof person.form === 'string' && !(person.form === 'individual' && names.length === 0) ? person.form : names.length > 0 ? 'individual' : 'anonymous';
  return {
    id,
    form,
    names,
    ...pick(person, ['description', 'gender', 'ageGroup', 'groupSize', 'groupSizeInWords', 'organisationKind', 'consent']),
    // An anonymous party still needs words to be told apart in the registry; the ref is all the bundle gives.
    ...(names.length === 0 && typeof person.description !== 'string' ? { description: person.ref.replace('person-', 'Person ') } : {}),
  };
}

/** Received people whose names fold to the same words as a person already here (Ильяшев = Ilyashev). */
function suggestPeople(writes: MergePlan['writes'], local: LocalTables): PersonSuggestion[] {
  const namesOf = (record: Record<string, unknown>): string[] =>
    Array.isArray(record.names) ? record.names.flatMap((n) => (typeof (n as { text?: unknown })?.text === 'string' ? [(n as { text: string }).text] : [])) : [];
  const byKey = new Map<string, string[]>();
  for (const [id, person] of local.get('people') ?? []) {
    if (person.mergedInto) continue;
    for (const name of namesOf(person)) {
      const key = searchKey(name);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), id]);
    }
  }
  const suggestions: PersonSuggestion[] = [];
  for (const { table, record } of writes) {
    if (table !== 'people') continue;
    const names = namesOf(record);
    const matches = new Set(names.flatMap((name) => byKey.get(searchKey(name)) ?? []).filter((id) => id !== record.id));
    for (const localId of matches) suggestions.push({ receivedId: record.id, localId, names, localNames: namesOf(local.get('people')!.get(localId)!) });
  }
  return suggestions;
}
