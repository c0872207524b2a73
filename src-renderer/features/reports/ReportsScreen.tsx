import '../../styles/reports.css';
import { ReportBuilder } from './ReportBuilder';
import { ReportList } from './ReportList';
import { useReportsView } from './reports-view-store';

/** Report projects: the list and a new project's form, or the builder of the open project. */
export function ReportsScreen() {
  const openProjectId = useReportsView((s) => s.openProjectId);
  return openProjectId ? <ReportBuilder key={openProjectId} projectId={openProjectId} /> : <ReportList />;
}
