// `tamga cases list|show|dossier|table`, `tamga history`: the cases in the record journal, read through the same
// vault services as the app, for scripts and for a person without the app.
import { loadCatalog } from '../../shared/catalog';
import type { JournalTable } from '../../shared/ipc/channels/records';
import { caseChanges } from '../records/case-history';
import { discloseCase, type Audience, type CaseRecords } from '../../shared/export/case-disclosure';
import { buildCaseDossier, type DossierExhibit } from '../../shared/export/case-dossier';
import { buildCaseTable } from '../../shared/export/case-table';
import { caseTableCsv, caseTableXlsx } from '../../shared/export/case-table-files';
import { writeDocx } from '../../shared/export/document-docx';
import type { Language } from '../../shared/i18n/resources';
import { earliest, latest } from '../../shared/model/approximate-date';
import type { Case, CaseEvent, CaseItem, CasePerson, Claim, Excerpt, Note, Person, Proceeding, Source } from '../../shared/model';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';
import { printableName } from './messages';
import { createTranslator } from './translator';

type Tables = Awaited<ReturnType<VaultService['currentRecords']>>;
const rows = <T>(tables: Tables, table: JournalTable): T[] => [...(tables.get(table)?.values() ?? [])] as T[];

/**
 * The latest date any event of the case reaches, as YYYY-MM-DD; `-` when no event is dated. An event still going
 * on ("since 2017") counts by its start: the open end is no date anyone recorded.
 */
function lastEventDate(events: readonly CaseEvent[]): string {
  const reached = (when: NonNullable<CaseEvent['when']>) => (when.precision === 'since' ? earliest(when) : latest(when));
  const dates = events.flatMap((event) => (event.when ? [reached(event.when)] : [])).sort();
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

/** One case's records as discloseCase reads them, and the evidence attached to it; a missing case is an error. */
function caseRecordsOf(tables: Tables, caseId: string): { records: CaseRecords; caseItems: CaseItem[] } {
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
  const caseItems = ofCase<CaseItem>('caseItems');
  const attached = new Set(caseItems.map((item) => item.itemId));
  const excerpts = rows<Excerpt>(tables, 'excerpts').filter((excerpt) => attached.has(excerpt.itemId));
  return { records: { ...records, caseItems, excerpts }, caseItems };
}

/** The case as the audience may see it (consent decides who is named), with its tags and attached item ids. */
export async function showCase(vault: VaultService, caseId: string, audience: Audience): Promise<unknown> {
  const { records, caseItems } = caseRecordsOf(await vault.currentRecords(), caseId);
  return { ...discloseCase(records, audience), itemIds: caseItems.map((i) => i.itemId) };
}

/**
 * The exhibits of a case in the order they were attached, named and hashed as the vault holds them. An item no
 * longer in the vault keeps what the case recorded about it when attached, and has no custody to summarise.
 */
async function exhibitsOf(vault: VaultService, caseItems: readonly CaseItem[]): Promise<DossierExhibit[]> {
  const items = new Map((await vault.listItems()).map((item) => [item.id, item]));
  const attached = [...new Map([...caseItems].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((c) => [c.itemId, c])).values()];
  return Promise.all(
    attached.map(async (caseItem) => {
      const item = items.get(caseItem.itemId);
      return {
        itemId: caseItem.itemId,
        fileName: item?.originalName ?? caseItem.snapshot.originalName ?? caseItem.itemId,
        sha256: item?.sha256 ?? caseItem.snapshot.sha256 ?? '',
        custody: item ? await vault.custodyEvents(item.id) : [],
      };
    }),
  );
}

/** The case dossier as a Word file: what `--audience` may see, in `--lang`. */
export async function caseDossier(vault: VaultService, caseId: string, options: { audience: Audience; lang: Language; now?: Date }): Promise<Uint8Array> {
  const { records, caseItems } = caseRecordsOf(await vault.currentRecords(), caseId);
  const exhibits = await exhibitsOf(vault, caseItems);
  const t = await createTranslator(options.lang);
  const generatedAt = (options.now ?? new Date()).toISOString();
  return writeDocx(buildCaseDossier(records, exhibits, { audience: options.audience, lang: options.lang, t, catalog: loadCatalog(), generatedAt }));
}

/** The table of cases by article, every case or only those engaging one article or instrument. */
export async function casesTable(vault: VaultService, options: { format: 'csv' | 'xlsx'; lang: Language; article?: string }): Promise<{ bytes: Uint8Array; rows: number }> {
  const tables = await vault.currentRecords();
  const t = await createTranslator(options.lang);
  const table = buildCaseTable(
    { cases: rows<Case>(tables, 'cases'), events: rows<CaseEvent>(tables, 'events'), caseItems: rows<CaseItem>(tables, 'caseItems') },
    { catalog: loadCatalog(), lang: options.lang, t, scope: options.article },
  );
  if (!table.ok) throw new TamgaError(table.error.code, table.error.details);
  const bytes = options.format === 'csv' ? caseTableCsv(table.value) : await caseTableXlsx(table.value, t('dossier:table.sheet'));
  return { bytes, rows: table.value.rows.length };
}

/** Every change to the case and its records, oldest first: `<time> <device> <table>/<id> v<version> <fields>`. */
export async function caseHistory(vault: VaultService, caseId: string): Promise<string[]> {
  return (await caseChanges(vault, caseId)).map((c) => `${c.at} ${c.device} ${c.table}/${c.id} v${c.version} ${c.op === 'delete' ? 'deleted' : c.fields.join(',') || '-'}`);
}
