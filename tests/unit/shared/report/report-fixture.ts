// Four cases as a legal team would have them before a CCPR report: a kettling in Almaty and a conviction under
// CC 274 (verified, in the period), an open case not yet verified, and Zhanaozen 2011, long before the period.
// People carry each consent: a lawyer who may be named, a victim who may be described but not named, and one who
// agreed to internal use only.
import { CaseEvent, CaseItem, CasePerson, Case, Person, ReportProject, type Narrative, type NarrativeInline } from '../../../../shared/model';
import type { ReportRecords } from '../../../../shared/report/report-plan';
import type { Excerpt } from '../../../../shared/model';

const at = '2024-02-01T10:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();
const id = (c: string) => c.repeat(32);
const base = (c: string, minutes = 0) => ({ id: id(c), createdAt: later(minutes), updatedAt: later(minutes) });

export const IDS = { kettling: id('1'), ilyashev: id('2'), open: id('3'), zhanaozen: id('4'), excerpt: id('5') };
export const ITEMS = { photo: id('a'), ruling: id('b'), verdict: id('c'), video: id('d') };
export const SHA = { photo: 'a1'.repeat(32), ruling: 'b2'.repeat(32), verdict: 'c3'.repeat(32), video: 'd4'.repeat(32) };
export const NAMES = { internal: ['Алнур Ильяшев', 'Alnur Ilyashev'], anonymised: ['Айгуль Шакибаева'], named: ['Yevgeniy Zhovtis'] };

export function reportRecords(): ReportRecords {
  const cases = [
    Case.parse({ ...base('1'), title: 'Kettling of DPK supporters in Almaty', status: 'verified', tags: ['ICCPR-21', 'ICCPR-9'], places: [{ gazetteerId: 'GEO-ALMATY' }] }),
    Case.parse({ ...base('2'), title: 'Ильяшев: приговор по ст. 274 УК', status: 'verified', tags: ['ICCPR-19'], period: { precision: 'range', from: { precision: 'day', year: 2020, month: 4, day: 17 }, to: { precision: 'day', year: 2020, month: 6, day: 22 } } }),
    Case.parse({ ...base('3'), title: 'Picket in Shymkent (unverified)', status: 'open', tags: ['ICCPR-21'] }),
    Case.parse({ ...base('4'), title: 'Zhanaozen 2011', status: 'verified', tags: ['ICCPR-6', 'ICCPR-7'] }),
  ];
  const events = [
    CaseEvent.parse({ ...base('6'), caseId: IDS.kettling, type: 'detention', description: 'Held in the cold for 8 hours', when: { precision: 'day', year: 2021, month: 1, day: 10 }, place: { gazetteerId: 'GEO-ALMATY' } }),
    CaseEvent.parse({ ...base('7'), caseId: IDS.open, type: 'incident', when: { precision: 'day', year: 2021, month: 5, day: 3 } }),
    CaseEvent.parse({ ...base('8'), caseId: IDS.zhanaozen, type: 'incident', when: { precision: 'day', year: 2011, month: 12, day: 16 } }),
  ];
  const people = [
    Person.parse({ ...base('e'), names: [{ text: NAMES.internal[0]!, script: 'cyrillic', kind: 'primary' }, { text: NAMES.internal[1]!, script: 'latin', kind: 'transliteration' }], consent: 'internal-only' }),
    Person.parse({ ...base('f'), names: [{ text: NAMES.anonymised[0]!, script: 'cyrillic', kind: 'primary' }], consent: 'anonymised-publication' }),
    Person.parse({ ...base('9'), names: [{ text: NAMES.named[0]!, script: 'latin', kind: 'primary' }], consent: 'named-publication' }),
  ];
  const casePeople = [
    CasePerson.parse({ ...base('0', 1), id: 'f0'.repeat(16), caseId: IDS.kettling, personId: people[1]!.id, role: 'victim' }),
    CasePerson.parse({ ...base('0', 2), id: 'f1'.repeat(16), caseId: IDS.kettling, personId: people[2]!.id, role: 'lawyer' }),
    CasePerson.parse({ ...base('0', 3), id: 'f2'.repeat(16), caseId: IDS.ilyashev, personId: people[0]!.id, role: 'victim' }),
  ];
  const item = (key: keyof typeof ITEMS, caseId: string, name: string, minutes: number) =>
    CaseItem.parse({ ...base('0', minutes), id: String(minutes).repeat(16), caseId, itemId: ITEMS[key], snapshot: { originalName: name, sha256: SHA[key] } });
  const caseItems = [
    item('photo', IDS.kettling, 'kettle-almaty.jpg', 10),
    item('ruling', IDS.kettling, 'court-ruling.pdf', 11),
    item('verdict', IDS.ilyashev, 'Ильяшев-приговор.pdf', 12),
    item('video', IDS.zhanaozen, 'zhanaozen.mp4', 13),
  ];
  const excerpts: Excerpt[] = [
    { id: IDS.excerpt, itemId: ITEMS.verdict, caseId: IDS.ilyashev, page: 2, quote: 'суд приговорил Ильяшева к ограничению свободы на 3 года', tags: ['ICCPR-19'], createdAt: at },
  ];
  return { cases, events, people, casePeople, caseItems, excerpts };
}

export const text = (value: string): NarrativeInline => ({ type: 'text', text: value });
export const cite = (kind: 'case' | 'excerpt', recordId: string): NarrativeInline => ({ type: 'citation', attrs: { kind, id: recordId } });
export const doc = (...paragraphs: NarrativeInline[][]): Narrative => ({ type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) });

export function ccprProject(overrides: Partial<ReportProject> = {}): ReportProject {
  return ReportProject.parse({
    ...base('7'),
    title: 'Kazakhstan: civic space 2020–2024',
    target: { kind: 'treaty-body', mechanismId: 'MECH-CCPR', instrumentId: 'ICCPR' },
    country: 'KZ',
    period: { from: '2020-01-01', to: '2024-12-31' },
    organisations: ['Kazakhstan International Bureau for Human Rights'],
    language: 'en',
    scope: { articles: ['ICCPR-21', 'ICCPR-19', 'ICCPR-9'] },
    ...overrides,
  });
}
