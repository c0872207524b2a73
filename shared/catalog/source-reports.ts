// The four reports the shipped catalog was built from. Data files cite them by a short code ("003") so that a
// claim can be traced; people see the report's own title, never the code.
import type { z } from 'zod';
import type { SourceIdSchema } from './schema';

export type SourceId = z.infer<typeof SourceIdSchema>;
export type ReportId = Exclude<SourceId, 'GK'>;

/** Titles stay in English, the language each report was published in. */
export type SourceReport = { id: ReportId; title: string; author: string; published: string };

export const sourceReports: Readonly<Record<ReportId, SourceReport>> = {
  '000': {
    id: '000',
    title: 'Kazakhstan National Monitoring Report, October 2020 – January 2021',
    author: 'Civil Society Development Association ARGO and Shyrak Association of Women with Disabilities',
    published: '2021',
  },
  '001': {
    id: '001',
    title: 'Human Rights Impact Assessment of the COVID-19 Response in Kazakhstan',
    author: 'International Partnership for Human Rights (IPHR)',
    published: '2020-07',
  },
  '002': {
    id: '002',
    title: 'Retreating Rights: Examining the pressure on human rights in Kazakhstan',
    author: 'The Foreign Policy Centre',
    published: '2021',
  },
  '003': {
    id: '003',
    title: 'Report on Human Rights in Kazakhstan: An overview of Kazakhstan’s international Human Rights commitments',
    author: 'Acquis EU Law & Policy, for the Ministry of Foreign Affairs of Kazakhstan',
    published: '2021',
  },
};

/** The report a source code names, or undefined for general knowledge ("GK"), which the UI words itself. */
export function sourceReportOf(id: string): SourceReport | undefined {
  return Object.hasOwn(sourceReports, id) ? sourceReports[id as ReportId] : undefined;
}
