// Properties of the record journal over arbitrary histories: what is appended (and not purged) is what a reopened
// journal yields, in order, with versions that count each record's entries; and no single byte of the journal or
// its head can change without the journal refusing to open, or refusing the entry, by sequence number.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalEntry, JournalTable, JournalWrite } from '../../../../shared/ipc/channels/records';
import { TamgaError } from '../../../../shared/result';
import { RecordJournal, type JournalContext } from '../../../../src-main/records/record-journal';
import { DeviceKey } from '../../../../src-main/vault/device-key';
import { steppingClock, tempDir } from '../vault/temp-vault';

const RECORD_IDS = ['a', 'b', 'c', 'd'].map((c) => c.repeat(32));
const TABLES: JournalTable[] = ['cases', 'events', 'people'];

type Step = { kind: 'append'; writes: JournalWrite[] } | { kind: 'purge'; id: string };

const write: fc.Arbitrary<JournalWrite> = fc.oneof(
  fc.record({ table: fc.constantFrom(...TABLES), id: fc.constantFrom(...RECORD_IDS), text: fc.string({ maxLength: 40 }) }).map(({ table, id, text }) => ({
    op: 'put' as const,
    table,
    id,
    // The payload is opaque to the journal; any base64 will do here.
    row: { columns: { kind: table, note: text.replace(/\s/g, '_') }, sealed: Buffer.from(text, 'utf8').toString('base64') },
  })),
  fc.record({ table: fc.constantFrom(...TABLES), id: fc.constantFrom(...RECORD_IDS) }).map(({ table, id }) => ({ op: 'delete' as const, table, id })),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.array(write, { minLength: 1, maxLength: 4 }).map((writes) => ({ kind: 'append' as const, writes })) },
  { weight: 1, arbitrary: fc.constantFrom(...RECORD_IDS).map((id) => ({ kind: 'purge' as const, id })) },
);

function files() {
  const dir = tempDir();
  const key = randomBytes(32);
  const context: JournalContext = { device: DeviceKey.generate(), key: () => key, now: steppingClock() };
  return { path: join(dir, 'journal.log'), headPath: join(dir, 'journal.head'), context };
}

async function readAll(journal: RecordJournal): Promise<JournalEntry[]> {
  return journal.read(0, journal.head.count + 1);
}

/** What the journal should hold after the steps: each write not purged, in order, versions counted per record. */
function modelOf(steps: Step[]): Array<Pick<JournalEntry, 'op' | 'table' | 'id' | 'version'>> {
  let kept: JournalWrite[] = [];
  for (const s of steps) {
    if (s.kind === 'append') kept.push(...s.writes);
    else kept = kept.filter((w) => w.id !== s.id);
  }
  const versions = new Map<string, number>();
  return kept.map((w) => {
    const version = (versions.get(`${w.table}/${w.id}`) ?? 0) + 1;
    versions.set(`${w.table}/${w.id}`, version);
    return { op: w.op, table: w.table, id: w.id, version };
  });
}

describe('record journal, over arbitrary histories', () => {
  it('reopens to exactly the writes that were appended and not purged, versions counting each record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { path, headPath, context } = files();
        const journal = await RecordJournal.create(path, headPath, context);
        for (const s of steps) {
          if (s.kind === 'append') await journal.append(s.writes);
          else await journal.purge((line) => line.id === s.id);
        }
        const reopened = await RecordJournal.open(path, headPath, context, true);
        expect(reopened.damage).toBeUndefined();
        const entries = await readAll(reopened);
        expect(entries.map(({ op, table, id, version }) => ({ op, table, id, version }))).toEqual(modelOf(steps));
        expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i));
        // Latest-only reads name each record once, at its last entry.
        const latest = await reopened.readLatest(0, 1000);
        const keyOf = (e: JournalEntry) => `${e.table}/${e.id}`;
        const lastOfEach = entries.filter((e, i) => entries.findLastIndex((x) => keyOf(x) === keyOf(e)) === i);
        expect(latest.entries.map(keyOf)).toEqual(lastOfEach.map(keyOf));
        expect(await reopened.verify()).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('refuses any journal or head with one byte changed: at open, or when the entry is read, never silently', async () => {
    const { path, headPath, context } = files();
    const journal = await RecordJournal.create(path, headPath, context);
    for (let i = 0; i < 6; i++) await journal.append([{ op: 'put', table: 'cases', id: RECORD_IDS[i % 4]!, row: { columns: { kind: 'cases' }, sealed: Buffer.from(`v${i}`).toString('base64') } }]);
    const original = { journal: readFileSync(path), head: readFileSync(headPath) };
    const expected = await readAll(journal);

    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (inHead, at, xor) => {
        const target = inHead ? headPath : path;
        const bytes = Buffer.from(inHead ? original.head : original.journal);
        const index = at % bytes.length;
        bytes[index] = bytes[index]! ^ xor;
        writeFileSync(path, original.journal);
        writeFileSync(headPath, original.head);
        writeFileSync(target, bytes);
        const opened = await RecordJournal.open(path, headPath, context, true);
        if (opened.damage) return;
        const read = await readAll(opened).then(
          (entries) => entries,
          (error: unknown) => error,
        );
        if (read instanceof TamgaError) {
          expect(read.code).toBe('records.journalDamaged');
          return;
        }
        // A change that still opens and reads is one the format cannot see: whitespace base64 skips, which must
        // leave every entry as it was.
        expect(read).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
