import type { JournalEntry, JournalHead, JournalWrite } from '../../shared/ipc/channels/records';
import { contract, type Channel, type ChannelInput, type ChannelOutput, type EventName, type EventPayload, type TamgaClient } from '../../shared/ipc/contract';
import type { AppError, Result } from '../../shared/result';
import { clientJournal } from '../../src-renderer/records/journal-client';

type Answer<K extends Channel> = (input: ChannelInput<K>) => Result<ChannelOutput<K>> | Promise<Result<ChannelOutput<K>>>;

/** A backend for component tests: each channel answers what the test says, and every call is recorded. */
export function fakeClient(answers: { [K in Channel]?: Answer<K> }) {
  const calls: { channel: Channel; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const client: TamgaClient = {
    async invoke(channel, input) {
      calls.push({ channel, input });
      const answer = answers[channel] as Answer<typeof channel> | undefined;
      if (!answer) return { ok: false, error: { code: 'ipc.unknownChannel' } };
      return answer(input as never) as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => listeners.get(event)?.forEach((l) => l(payload));
  return { client, calls, emit };
}

export const sampleKeys = { records: 'A'.repeat(43) + '=', index: 'B'.repeat(43) + '=' };

/**
 * Main's record journal, in memory: the two records.* answers for fakeClient, checked against the contract as the
 * real dispatch checks them, and the same journal as a RecordJournal for openRecords. `refuse` makes appends fail
 * with an error (as a locked vault or a full disk would), `refuseReads` reads; `onAppend` runs before an append.
 */
export function fakeJournal() {
  const entries: JournalEntry[] = [];
  const versions = new Map<string, number>();
  // Parts of a batch held until its last part, as main holds them.
  const batches = new Map<string, JournalWrite[]>();
  // Distinct per journal, so two journals of the same length never share a head hash.
  const salt = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  const state: {
    refuse?: AppError;
    refuseReads?: AppError;
    onAppend?: (writes: readonly JournalWrite[]) => void | Promise<void>;
    appends: number;
    reads: number;
    /** The window that claimed the journal last; appends from any other are refused, as main refuses them. */
    writer?: string;
    generation: string;
  } = { appends: 0, reads: 0, generation: '' };
  const head = (): JournalHead => ({ count: entries.length, hash: `${salt}${entries.length.toString(16)}`.padStart(64, '0') });

  const answers = {
    async 'records.append'(input: ChannelInput<'records.append'>): Promise<Result<ChannelOutput<'records.append'>>> {
      const parsed = contract['records.append'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'ipc.invalidInput' } };
      await state.onAppend?.(parsed.data.writes);
      if (state.refuse) return { ok: false, error: state.refuse };
      if (parsed.data.writer !== state.writer) return { ok: false, error: { code: 'records.otherWriter' } };
      const { batch } = parsed.data;
      const writes = [...(batch ? (batches.get(batch.id) ?? []) : []), ...parsed.data.writes];
      if (batch && !batch.last) {
        batches.set(batch.id, writes);
        return { ok: true, value: { head: head(), versions: [] } };
      }
      if (batch) batches.delete(batch.id);
      state.appends++;
      const out: number[] = [];
      for (const write of writes) {
        const key = `${write.table}/${write.id}`;
        const version = (versions.get(key) ?? 0) + 1;
        versions.set(key, version);
        entries.push({ ...structuredClone(write), seq: entries.length, version, device: 'fake-device', at: new Date().toISOString() });
        out.push(version);
      }
      return { ok: true, value: { head: head(), versions: out } };
    },
    async 'records.read'(input: ChannelInput<'records.read'>): Promise<Result<ChannelOutput<'records.read'>>> {
      const parsed = contract['records.read'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'ipc.invalidInput' } };
      if (state.refuseReads) return { ok: false, error: state.refuseReads };
      state.reads++;
      const { after, limit, latest } = parsed.data;
      if (!latest) {
        const page = structuredClone(entries.slice(after, after + limit));
        return { ok: true, value: { head: head(), entries: page, next: after + page.length, generation: state.generation } };
      }
      const last = new Map(entries.map((entry) => [`${entry.table}/${entry.id}`, entry.seq]));
      const page: JournalEntry[] = [];
      let next = after;
      for (; next < entries.length && page.length < limit; next++) if (last.get(`${entries[next]!.table}/${entries[next]!.id}`) === next) page.push(structuredClone(entries[next]!));
      return { ok: true, value: { head: head(), entries: page, next, generation: state.generation } };
    },
    async 'records.claimWriter'(input: ChannelInput<'records.claimWriter'>): Promise<Result<ChannelOutput<'records.claimWriter'>>> {
      const parsed = contract['records.claimWriter'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'ipc.invalidInput' } };
      if (state.writer !== parsed.data.writer) {
        state.writer = parsed.data.writer;
        emit('records.writerChanged', { writer: parsed.data.writer });
      }
      return { ok: true, value: {} };
    },
    /** Drops the record and every row whose clear caseId/personId column names it, as main's purge does. */
    async 'records.purge'(input: ChannelInput<'records.purge'>): Promise<Result<ChannelOutput<'records.purge'>>> {
      const parsed = contract['records.purge'].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'ipc.invalidInput' } };
      const { table, id } = parsed.data;
      const link = table === 'cases' ? 'caseId' : 'personId';
      const purged = (entry: JournalEntry) =>
        (entry.table === table && entry.id === id) || (entry.op === 'put' && entry.row.columns[link] === id);
      const names = new Set(entries.filter(purged).map((entry) => `${entry.table}/${entry.id}`));
      const kept = entries.filter((entry) => !names.has(`${entry.table}/${entry.id}`));
      const removed = entries.length - kept.length;
      entries.splice(0, entries.length, ...kept.map((entry, seq) => ({ ...entry, seq })));
      state.generation = crypto.randomUUID().replaceAll('-', '');
      return { ok: true, value: { records: names.size, entries: removed } };
    },
  };
  const { client, emit } = fakeClient(answers);
  return { entries, head, answers, client, journal: clientJournal(client), state };
}
