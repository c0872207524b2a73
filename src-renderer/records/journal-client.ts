// The renderer's view of main's record journal (shared/ipc/channels/records.ts): where every journaled write goes
// first, and what the working copy in IndexedDB is rebuilt from. A refused call is thrown as its TamgaError, so a
// write whose append failed fails with the reason main gave.
import type { JournalEntry, JournalHead, JournalWrite } from '../../shared/ipc/channels/records';
import { JournalTable } from '../../shared/ipc/channels/records';
import type { TamgaClient } from '../../shared/ipc/contract';
import { TamgaError, type Result } from '../../shared/result';

export type RecordJournal = {
  /** Appends one group durably; resolves with the head right after it. */
  append(writes: JournalWrite[]): Promise<JournalHead>;
  /** Entries with seq >= after, at most limit, and the current head. */
  read(after: number, limit: number): Promise<{ head: JournalHead; entries: JournalEntry[] }>;
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
  return {
    async append(writes) {
      return unwrap(await client.invoke('records.append', { writes })).head;
    },
    async read(after, limit) {
      return unwrap(await client.invoke('records.read', { after, limit }));
    },
  };
}
