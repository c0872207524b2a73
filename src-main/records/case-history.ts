// A case's edit history from the journal: the case record's own versions and those of every record that belongs
// to it (events, people links, notes, proceedings, claims, attached items), oldest first, field by field.
import type { CaseChange, JournalTable } from '../../shared/ipc/channels/records';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';

export async function caseChanges(vault: VaultService, caseId: string): Promise<CaseChange[]> {
  const tables = await vault.currentRecords();
  if (!tables.get('cases')?.has(caseId)) throw new TamgaError('records.missing', { table: 'cases', id: caseId });
  const related: Array<[JournalTable, string]> = [['cases', caseId]];
  for (const [table, records] of tables) {
    for (const [id, record] of records) if (record.caseId === caseId) related.push([table, id]);
  }
  const histories = await Promise.all(related.map(async ([table, id]) => (await vault.recordHistory(table, id)).map(({ record: _record, ...change }) => ({ table, id, ...change }))));
  return histories.flat().sort((a, b) => a.seq - b.seq);
}
