// `tamga cases list`, `tamga cases show`, `tamga history`: the cases in the record journal, read through the same
// vault services as the app, for scripts and for a person without the app.
import type { JournalTable } from '../../shared/ipc/channels/records';
import { caseChanges } from '../records/case-history';
import { discloseCase, type Audience, type CaseRecords } from '../../shared/export/case-disclosure';
import { latest } from '../../shared/model/approximate-date';
import type { Case, CaseEvent, CaseItem, CasePerson, Claim, Note, Person, Proceeding, Source } from '../../shared/model';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';
import { printableName } from './messages';

type Tables = Awaited<ReturnType<VaultService['currentRecords']>>;
const rows = <T>(tables: Tables, table: JournalTable): T[] => [...(tables.get(table)?.values() ?? [])] as T[];

/** The latest date any event of the case reaches, as YYYY-MM-DD; `-` when no event is dated. */
function lastEventDate(events: readonly CaseEvent[]): string {
  const dates = events.flatMap((event) => (event.when ? [latest(event.when)] : [])).sort();
  return dates.at(-1)?.slice(0, 10) ?? '-';
}

/** One line per case, merged-away tombstones left out: `<case-id> <last-event-date or -> <title>`. */
export async function listCases(vault: VaultService): Promise<string[]> {
  const tables = await vault.currentRecords();
  const events = rows<CaseEvent>(tables, 'events');
  return rows<Case>(tables, 'cases')
    .filter((c) => !c.mergedInto)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((c) => `${c.id} ${lastEventDate(events.filter((e) => e.caseId === c.id))} ${printableName(c.title)}`);
}

/** The case as the audience may see it (consent decides who is named), with its tags and attached item ids. */
export async function showCase(vault: VaultService, caseId: string, audience: Audience): Promise<unknown> {
  const tables = await vault.currentRecords();
  const found = tables.get('cases')?.get(caseId) as Case | undefined;
  if (!found) throw new TamgaError('records.missing', { table: 'cases', id: caseId });
  const ofCase = <T extends { caseId: string }>(table: JournalTable) => rows<T>(tables, table).filter((r) => r.caseId === caseId);
  const links = ofCase<CasePerson>('casePeople');
  const linked = new Set(links.map((l) => l.personId));
  const records: CaseRecords = {
    case: found,
    events: ofCase<CaseEvent>('events'),
    links,
    people: rows<Person>(tables, 'people').filter((p) => linked.has(p.id)),
    notes: ofCase<Note>('notes'),
    sources: rows<Source>(tables, 'sources').filter((s) => s.caseIds.includes(caseId)),
    claims: ofCase<Claim>('claims'),
    proceedings: ofCase<Proceeding>('proceedings'),
  };
  return { ...discloseCase(records, audience), itemIds: ofCase<CaseItem>('caseItems').map((i) => i.itemId) };
}

/** Every change to the case and its records, oldest first: `<time> <device> <table>/<id> v<version> <fields>`. */
export async function caseHistory(vault: VaultService, caseId: string): Promise<string[]> {
  return (await caseChanges(vault, caseId)).map((c) => `${c.at} ${c.device} ${c.table}/${c.id} v${c.version} ${c.op === 'delete' ? 'deleted' : c.fields.join(',') || '-'}`);
}
