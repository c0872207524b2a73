// The rules of each target, enforced while writing. UPR stakeholder submissions are limited to 2,815 words for one
// organisation and 5,630 for a joint submission, and are organised by theme; treaty-body reports follow the
// instrument's article order and have no word limit of their own; a thematic report has neither.
import { isJointSubmission, type ReportProject } from '../model';

export const UPR_WORD_LIMIT = { individual: 2_815, joint: 5_630 } as const;

export type ReportPreset = {
  sectionOrder: 'article' | 'theme';
  wordLimit?: number;
  /**
   * Whether footnotes count against the limit. UPR submissions count them here: the stricter reading, so the count
   * shown can never let a submission over the limit pass as under it.
   */
  countsFootnotes: boolean;
};

export function presetOf(project: Pick<ReportProject, 'target' | 'organisations'>): ReportPreset {
  switch (project.target.kind) {
    case 'upr':
      return { sectionOrder: 'theme', wordLimit: isJointSubmission(project) ? UPR_WORD_LIMIT.joint : UPR_WORD_LIMIT.individual, countsFootnotes: true };
    case 'treaty-body':
      return { sectionOrder: 'article', countsFootnotes: false };
    case 'thematic':
      return { sectionOrder: 'theme', countsFootnotes: false };
  }
}
