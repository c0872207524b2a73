// A case's edit history from the journal: the case record's own versions and those of every record that is or was
// part of it (events, people links, notes, proceedings, claims, attached items, excerpts), oldest first, field by
// field. Which records those are comes from the journal's per-case index, not from opening every record.
import type { CaseChange } from '../../shared/ipc/channels/records';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';

export async function caseChanges(vault: VaultService, caseId: string): Promise<CaseChange[]> {
  const related = await vault.recordsOfCase(caseId);
  if (related.length === 0) throw new TamgaError('records.missing', { table: 'cases', id: caseId });
  const histories = await Promise.all(
    related.map(async ({ table, id }) => (await vault.recordHistory(table, id)).map(({ record: _record, ...change }) => ({ table, id, ...change }))),
  );
  return histories.flat().sort((a, b) => a.seq - b.seq);
}
