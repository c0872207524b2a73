// The renderer's view of main's record journal (shared/ipc/channels/records.ts): where every journaled write goes
// first, and what the working copy in IndexedDB is rebuilt from. A refused call is thrown as its TamgaError, so a
// write whose append failed fails with the reason main gave.
import type { JournalEntry, JournalHead, JournalWrite } from '../../shared/ipc/channels/records';
import { JournalTable } from '../../shared/ipc/channels/records';
import type { TamgaClient } from '../../shared/ipc/contract';
import { TamgaError, type Result } from '../../shared/result';

export type JournalPage = { head: JournalHead; entries: JournalEntry[]; next: number; generation: string };

export type RecordJournal = {
  /** Makes this window the journal's one writer; another window that held it stops saving. */
  claim(): Promise<void>;
  /**
   * Appends one group durably; resolves with the head right after it. A part of a batch (`batch.last` false) is
   * only held by main, and resolves with the head unchanged.
   */
  append(writes: JournalWrite[], batch?: { id: string; last: boolean }): Promise<JournalHead>;
  /** Entries with seq >= after, at most limit, and the current head; with `latest`, only each record's latest. */
  read(after: number, limit: number, latest?: boolean): Promise<JournalPage>;
  /** Forgets a case or a person and what belongs to them, every version (records.purge). */
  purge(table: 'cases' | 'people', id: string): Promise<{ records: number; entries: number }>;
  /** Calls back when another window claims the journal; returns the unsubscribe. */
  onWriterLost(listener: () => void): () => void;
};

/** Every table the journal keeps; drafts and the unlock snapshot are this profile's own. */
export const JOURNAL_TABLES: readonly JournalTable[] = JournalTable.options;
const journaled = new Set<string>(JOURNAL_TABLES);
export const isJournalTable = (table: string): table is JournalTable => journaled.has(table);

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new TamgaError(result.error.code, result.error.details);
  return result.value;
}

export function clientJournal(client: TamgaClient): RecordJournal {
  // One id per page load: a reloaded tab is a new writer and claims the journal again when its records open.
  const writer = crypto.randomUUID();
  return {
    async claim() {
      unwrap(await client.invoke('records.claimWriter', { writer }));
    },
    async append(writes, batch) {
      return unwrap(await client.invoke('records.append', batch ? { writes, writer, batch } : { writes, writer })).head;
    },
    async read(after, limit, latest) {
      return unwrap(await client.invoke('records.read', latest ? { after, limit, latest } : { after, limit }));
    },
    async purge(table, id) {
      return unwrap(await client.invoke('records.purge', { table, id }));
    },
    onWriterLost(listener) {
      return client.on('records.writerChanged', (payload) => {
        if (payload.writer !== writer) listener();
      });
    },
  };
}
