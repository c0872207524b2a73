import type { ReportRecords } from '../../../shared/report/report-plan';
import type { Records } from '../../records';

/** Everything a report draws on, from the working copy. */
export async function loadReportRecords(records: Records): Promise<ReportRecords> {
  const [cases, events, excerpts, caseItems, casePeople, people] = await Promise.all([
    records.cases.list(),
    records.events.list(),
    records.excerpts.list(),
    records.caseItems.list(),
    records.casePeople.list(),
    records.people.list(),
  ]);
  return { cases, events, excerpts, caseItems, casePeople, people };
}
