import common from './common.json';
import errors from './errors.json';
import vault from './vault.json';
import evidence from './evidence.json';
import spreadsheet from './spreadsheet.json';
import catalog from './catalog.json';
import viewer from './viewer.json';
import people from './people.json';
import caseEvidence from './case-evidence.json';
import cases from './cases.json';
import exportBundle from './export.json';
import senders from './senders.json';
import dossier from './dossier.json';
import report from './report.json';

/** Every namespace of this language; resources.ts checks the languages against each other. */
export default { common, errors, vault, evidence, spreadsheet, catalog, viewer, people, cases, export: exportBundle, senders, 'case-evidence': caseEvidence, dossier, report };
