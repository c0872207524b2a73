// The case-evidence feature's public surface: the section the case editor mounts, and an item's own page.
export { CaseEvidenceSection } from './CaseEvidenceSection';
export { EvidenceItemPage } from './EvidenceItemPage';
