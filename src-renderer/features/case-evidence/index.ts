// The case-evidence feature's public surface: the section the case editor mounts.
export { CaseEvidenceSection } from './CaseEvidenceSection';
