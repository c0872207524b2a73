// A report project turned into what a reader gets: numbered paragraphs, footnotes citing exhibits E-1, E-2… in the
// order they are first cited, the annex of exhibits, people a publication may not name written as "Person A", the
// word count against the target's limit, and what needs the team's attention before the report leaves. The
// builder shows this live; the DOCX and Markdown writers lay out exactly this.
import type { Catalog } from '../catalog/types';
import { readableDate } from '../i18n/readable-date';
import type { Language } from '../i18n/resources';
import type { Translate } from '../i18n/translate';
import type { Case, Citation, Excerpt, NarrativeInline, Person, ReportProject } from '../model';
import { placeName } from '../export/case-dossier';
import { blockInlines, countWords, reportBlocks } from './narrative-walk';
import { createPseudonymiser, type Substitution } from './pseudonyms';
import { caseSpan, planReport, reportRange, type PlannedSection, type ReportRecords } from './report-plan';
import { presetOf, type ReportPreset } from './report-preset';

/**
 * What the vault knows about an evidence item: the file as collected, its hash, and its custody summarised in one
 * line (absent where the caller has no custody log, as for an item no longer in the vault).
 */
export type ExhibitFile = { itemId: string; fileName: string; sha256: string; custody?: string };
export type Exhibit = ExhibitFile & { label: string };

export type Run = { kind: 'text'; text: string; bold?: boolean; italic?: boolean } | { kind: 'break' } | { kind: 'footnote'; number: number };
export type ComposedBlock =
  | { kind: 'paragraph'; number: number; runs: Run[] }
  | { kind: 'heading'; level: 3 | 4; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: { depth: number; runs: Run[] }[] };
export type Footnote = { number: number; text: string };

export type ComposedSection = {
  key: string;
  title: string;
  blocks: ComposedBlock[];
  counts: { cases: number; events: number; excerpts: number };
};

export type ReportWarning =
  | { code: 'overLimit'; words: number; limit: number }
  | { code: 'noCasesInScope' }
  | { code: 'paragraphWithoutExhibit'; section: string; paragraph: number }
  | { code: 'caseOutsidePeriod'; section: string; paragraph: number; caseTitle: string }
  | { code: 'citedRecordMissing'; section: string; paragraph: number }
  | { code: 'caseWithoutExhibit'; caseTitle: string }
  | { code: 'personPseudonymised'; alias: string; consent: Person['consent'] };

export type ComposedReport = {
  project: ReportProject;
  preset: ReportPreset;
  summary: ComposedBlock[];
  sections: ComposedSection[];
  footnotes: Footnote[];
  exhibits: Exhibit[];
  /** Every person written under an alias in this report, with the names the alias replaces (for the team only). */
  substitutions: Substitution[];
  words: { text: number; footnotes: number; counted: number; limit?: number };
  warnings: ReportWarning[];
};

export type ComposeOptions = { catalog: Catalog; lang: Language; t: Translate; files?: ReadonlyMap<string, ExhibitFile> };

const QUOTE_LIMIT = 240;

/** Records grouped by one of their fields, oldest first, so each lookup while composing costs one map read. */
function groupBy<T extends { createdAt: string }>(records: readonly T[], key: (record: T) => string): (value: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const record of [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const list = groups.get(key(record));
    if (list) list.push(record);
    else groups.set(key(record), [record]);
  }
  return (value) => groups.get(value) ?? [];
}
// A case line ending in an abbreviated date ("10 янв. 2021 г.", "10 қаңтар 2021 ж.") already has its full stop.
const oneStop = (text: string) => text.replace(/\.\.(?=\s|$)/gu, '.');
const clip = (text: string) => (text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : text);

export function composeReport(project: ReportProject, records: ReportRecords, options: ComposeOptions): ComposedReport {
  const { catalog, lang, t } = options;
  const preset = presetOf(project);
  const plan = planReport(project, records, options);
  const cases = new Map(records.cases.map((kase) => [kase.id, kase]));
  const excerpts = new Map(records.excerpts.map((excerpt) => [excerpt.id, excerpt]));
  // The builder composes on every keystroke, over the whole working set: every per-case lookup goes through a map.
  const casePeople = groupBy(records.casePeople, (link) => link.caseId);
  const attachmentsOf = groupBy(records.caseItems, (item) => item.caseId);
  const attachmentsOfItem = groupBy(records.caseItems, (item) => item.itemId);
  const eventsOf = groupBy(records.events, (event) => event.caseId);
  const caseOf = (citation: Citation): Case | undefined => {
    if (citation.attrs.kind === 'case') return cases.get(citation.attrs.id);
    const caseId = excerpts.get(citation.attrs.id)?.caseId;
    return caseId ? cases.get(caseId) : undefined;
  };

  // Aliases go by first appearance: people of cited cases in citation order, then of the cases in scope, then anyone
  // else, since a name typed into the narrative must be caught even when its person is on no cited case.
  const people = new Map(records.people.map((person) => [person.id, person]));
  const narratives = [project.executiveSummary, ...plan.map((section) => section.narrative)];
  const citedCases = narratives.flatMap((narrative) => reportBlocks(narrative).flatMap((block) => blockInlines(block).flat())).flatMap((inline) => (inline.type === 'citation' ? [caseOf(inline)] : []));
  const ordered = [...citedCases.flatMap((kase) => (kase ? [kase.id] : [])), ...plan.flatMap((section) => section.cases.map((kase) => kase.id))];
  const personOrder = [...new Set([...ordered.flatMap((caseId) => casePeople(caseId).map((link) => link.personId)), ...records.people.map((person) => person.id)])];
  const pseudonyms = createPseudonymiser(personOrder.flatMap((id) => (people.has(id) ? [people.get(id)!] : [])), t);
  const used = new Set<string>();
  const conceal = (text: string): string => {
    const out = pseudonyms.apply(text);
    if (out !== text) for (const s of pseudonyms.substitutions) if (out.includes(s.alias)) used.add(s.personId);
    return out;
  };

  const exhibits = new Map<string, Exhibit>();
  const exhibitFor = (itemId: string): Exhibit => {
    const known = exhibits.get(itemId);
    if (known) return known;
    const attached = attachmentsOfItem(itemId)[0];
    const file = options.files?.get(itemId) ?? { itemId, fileName: attached?.snapshot?.originalName ?? itemId, sha256: attached?.snapshot?.sha256 ?? '' };
    const exhibit = { ...file, fileName: conceal(file.fileName), label: `E-${exhibits.size + 1}` };
    exhibits.set(itemId, exhibit);
    return exhibit;
  };
  const itemsOfCase = (caseId: string) => [...new Set(attachmentsOf(caseId).map((item) => item.itemId))];

  const footnotes: Footnote[] = [];
  const warnings: ReportWarning[] = [];
  const range = reportRange(project);

  function caseLine(kase: Case): string {
    const span = caseSpan(kase, eventsOf(kase.id));
    const day = (iso: string) => readableDate({ precision: 'day', year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }, lang);
    const when = kase.period ? readableDate(kase.period, lang) : span ? (span.from === span.to ? day(span.from) : `${day(span.from)} – ${day(span.to)}`) : undefined;
    const where = kase.places.map((place) => placeName(place, catalog, { lang, t })).join(', ');
    return [conceal(kase.title), when, where].filter(Boolean).join(', ');
  }

  /** The footnote a citation becomes, and whether it points at an exhibit. */
  function footnoteText(citation: Citation, where: { section: string; paragraph: number }): { text: string; exhibit: boolean } {
    if (citation.attrs.kind === 'excerpt') {
      const excerpt: Excerpt | undefined = excerpts.get(citation.attrs.id);
      if (!excerpt) {
        warnings.push({ code: 'citedRecordMissing', ...where });
        return { text: t('report:footnote.missingExcerpt'), exhibit: false };
      }
      const exhibit = exhibitFor(excerpt.itemId);
      const page = excerpt.page ? t('report:footnote.page', { page: excerpt.page }) : '';
      const quote = excerpt.quote ? t('report:footnote.quote', { quote: conceal(clip(excerpt.quote.replace(/\s+/g, ' ').trim())) }) : '';
      return { text: [[exhibit.label, page].filter(Boolean).join(', '), quote].filter(Boolean).join(': '), exhibit: true };
    }
    const kase = cases.get(citation.attrs.id);
    if (!kase || kase.mergedInto) {
      warnings.push({ code: 'citedRecordMissing', ...where });
      return { text: t('report:footnote.missingCase'), exhibit: false };
    }
    const span = caseSpan(kase, eventsOf(kase.id));
    if (span && (span.to < range.from || span.from > range.to)) warnings.push({ code: 'caseOutsidePeriod', ...where, caseTitle: conceal(kase.title) });
    const items = itemsOfCase(kase.id);
    if (items.length === 0) {
      if (!warnings.some((w) => w.code === 'caseWithoutExhibit' && w.caseTitle === conceal(kase.title))) warnings.push({ code: 'caseWithoutExhibit', caseTitle: conceal(kase.title) });
      return { text: oneStop(t('report:footnote.caseNoExhibit', { case: caseLine(kase) })), exhibit: false };
    }
    const labels = items.map((itemId) => exhibitFor(itemId).label);
    return { text: oneStop(t('report:footnote.case', { case: caseLine(kase), exhibits: labels.join(', ') })), exhibit: true };
  }

  let paragraphNumber = 0;
  function runsOf(inlines: readonly NarrativeInline[], where: { section: string; paragraph: number }, cited: { exhibit: boolean }): Run[] {
    return inlines.map((inline): Run => {
      if (inline.type === 'hardBreak') return { kind: 'break' };
      if (inline.type === 'citation') {
        const note = footnoteText(inline, where);
        cited.exhibit ||= note.exhibit;
        footnotes.push({ number: footnotes.length + 1, text: note.text });
        return { kind: 'footnote', number: footnotes.length };
      }
      const marks = new Set(inline.marks?.map((mark) => mark.type));
      return { kind: 'text', text: conceal(inline.text), ...(marks.has('bold') ? { bold: true } : {}), ...(marks.has('italic') ? { italic: true } : {}) };
    });
  }

  function composeBlocks(narrative: ReportProject['executiveSummary'], section: string, needsExhibits: boolean): ComposedBlock[] {
    const out: ComposedBlock[] = [];
    let open: { number: number; cited: { exhibit: boolean } } | undefined;
    const closeParagraph = () => {
      if (open && needsExhibits && !open.cited.exhibit) warnings.push({ code: 'paragraphWithoutExhibit', section, paragraph: open.number });
      open = undefined;
    };
    for (const block of reportBlocks(narrative)) {
      if (block.kind === 'heading') {
        closeParagraph();
        out.push({ kind: 'heading', level: block.level, runs: runsOf(block.inlines, { section, paragraph: paragraphNumber }, { exhibit: false }) });
      } else if (block.kind === 'paragraph') {
        closeParagraph();
        open = { number: ++paragraphNumber, cited: { exhibit: false } };
        out.push({ kind: 'paragraph', number: open.number, runs: runsOf(block.inlines, { section, paragraph: open.number }, open.cited) });
      } else {
        // A list continues the paragraph above it: its citations count for that paragraph.
        const cited = open?.cited ?? { exhibit: false };
        out.push({ kind: 'list', ordered: block.ordered, items: block.items.map((item) => ({ depth: item.depth, runs: runsOf(item.inlines, { section, paragraph: paragraphNumber }, cited) })) });
      }
    }
    closeParagraph();
    return out;
  }

  // The summary restates what the sections prove, so its paragraphs need no exhibits of their own.
  const summary = composeBlocks(project.executiveSummary, t('report:summary.title'), false);
  const sections = plan.map((section: PlannedSection) => ({
    key: section.key,
    title: section.title,
    blocks: composeBlocks(section.narrative, section.title, true),
    counts: { cases: section.cases.length, events: section.events.length, excerpts: section.excerpts.length },
  }));
  if (plan.every((section) => section.cases.length === 0)) warnings.unshift({ code: 'noCasesInScope' });

  const blockWords = (blocks: readonly ComposedBlock[]) =>
    blocks.reduce((sum, block) => sum + (block.kind === 'list' ? block.items.map((item) => item.runs) : [block.runs]).reduce((words, runs) => words + countWords(runs.map((r) => (r.kind === 'text' ? r.text : ' ')).join('')), 0), 0);
  // The summary's heading is written only when there is a summary.
  const text = (summary.length > 0 ? countWords(t('report:summary.title')) + blockWords(summary) : 0) + sections.reduce((sum, section) => sum + countWords(section.title) + blockWords(section.blocks), 0);
  const footnoteWords = footnotes.reduce((sum, note) => sum + countWords(note.text), 0);
  const counted = text + (preset.countsFootnotes ? footnoteWords : 0);
  if (preset.wordLimit !== undefined && counted > preset.wordLimit) warnings.unshift({ code: 'overLimit', words: counted, limit: preset.wordLimit });

  const substitutions = pseudonyms.substitutions.filter((s) => used.has(s.personId) || citedCases.some((kase) => kase && casePeople(kase.id).some((link) => link.personId === s.personId)));
  for (const s of substitutions) warnings.push({ code: 'personPseudonymised', alias: s.alias, consent: s.consent });

  return {
    project,
    preset,
    summary,
    sections,
    footnotes,
    exhibits: [...exhibits.values()],
    substitutions,
    words: { text, footnotes: footnoteWords, counted, ...(preset.wordLimit !== undefined ? { limit: preset.wordLimit } : {}) },
    warnings,
  };
}
