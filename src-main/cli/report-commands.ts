// `tamga report list|build`: report projects from the record journal, built into the same Word and Markdown files
// the builder downloads, for scripts and for a person without the app.
import { loadCatalog } from '../../shared/catalog';
import type { JournalTable } from '../../shared/ipc/channels/records';
import { ReportProject, type Case, type CaseEvent, type CaseItem, type CasePerson, type Excerpt, type Person } from '../../shared/model';
import { composeReport, type ExhibitFile } from '../../shared/report/compose-report';
import { custodyLine } from '../../shared/report/exhibit-custody';
import { writeReportDocx } from '../../shared/report/report-docx';
import { reportMarkdown } from '../../shared/report/report-markdown';
import type { ReportRecords } from '../../shared/report/report-plan';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';
import { printableName } from './messages';
import { createTranslator } from './translator';

type Tables = Awaited<ReturnType<VaultService['currentRecords']>>;
const rows = <T>(tables: Tables, table: JournalTable): T[] => [...(tables.get(table)?.values() ?? [])] as T[];

export type ReportFormat = 'docx' | 'md';

/** One line per report project, oldest first: `<project-id> <period from>..<period to> <title>`. */
export async function listReports(vault: VaultService): Promise<string[]> {
  const projects = rows<ReportProject>(await vault.currentRecords(), 'reportProjects').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return projects.map((p) => `${p.id} ${p.period.from}..${p.period.to} ${printableName(p.title)}`);
}

/** The report in its own language, every exhibit named and hashed as the vault holds it. */
export async function buildReport(vault: VaultService, projectId: string, format: ReportFormat): Promise<Uint8Array> {
  const tables = await vault.currentRecords();
  const stored = tables.get('reportProjects')?.get(projectId);
  if (!stored) throw new TamgaError('records.missing', { table: 'reportProjects', id: projectId });
  const project = ReportProject.parse(stored);
  const records: ReportRecords = {
    cases: rows<Case>(tables, 'cases'),
    events: rows<CaseEvent>(tables, 'events'),
    excerpts: rows<Excerpt>(tables, 'excerpts'),
    caseItems: rows<CaseItem>(tables, 'caseItems'),
    casePeople: rows<CasePerson>(tables, 'casePeople'),
    people: rows<Person>(tables, 'people'),
  };
  const files = new Map<string, ExhibitFile>((await vault.listItems()).map((item) => [item.id, { itemId: item.id, fileName: item.originalName, sha256: item.sha256 }]));
  const t = await createTranslator(project.language);
  const catalog = loadCatalog();
  const composed = composeReport(project, records, { catalog, lang: project.language, t, files });
  // Custody is read for the exhibits the report cites, not for every item in the vault.
  const exhibits = await Promise.all(composed.exhibits.map(async (exhibit) => (files.has(exhibit.itemId) ? { ...exhibit, custody: custodyLine(await vault.custodyEvents(exhibit.itemId), project.language, t) } : exhibit)));
  const report = { ...composed, exhibits };
  if (format === 'md') return new TextEncoder().encode(reportMarkdown(report, { catalog, t }));
  return writeReportDocx(report, { catalog, t });
}
