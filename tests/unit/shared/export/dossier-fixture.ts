// A realistic case for the dossier and the table of cases by article: a dispersed assembly in Zhanaozen, with a
// person named by consent, one who may only be described, and one who must not appear in anything published.
// The last two carry canary words, so a test can search every output for them.
import type { CaseRecords } from '../../../../shared/export/case-disclosure';
import type { DossierExhibit } from '../../../../shared/export/case-dossier';
import type { CustodyEvent } from '../../../../shared/ipc/channels/vault';
import { Case, CaseEvent, CaseItem, CasePerson, Claim, Person, Source } from '../../../../shared/model';

export const ANONYMISED_CANARY = 'Нұрлан CANARYANON Сейітқали';
export const WITHHELD_CANARY = 'Жұлдыз CANARYWITHHELD Өтегенова';
export const NAMED = 'Гүлнар Әбдіқадырова';

const at = '2026-01-10T09:00:00.000Z';
const id = (n: number) => n.toString(16).padStart(32, '0');
const base = (n: number) => ({ id: id(n), createdAt: at, updatedAt: at });

export const CASE_ID = id(1);

export function zhanaozenCase(): { records: CaseRecords; exhibits: DossierExhibit[]; caseItems: CaseItem[] } {
  const kase = Case.parse({
    ...base(1),
    title: 'Жаңаөзендегі бейбіт жиналысты тарату',
    summary: 'Residents gathered on the square to protest the gas price rise.\n\nPolice dispersed them; at least 40 people were detained. Қаһарман аналар да ұсталды.',
    status: 'verified',
    places: [{ gazetteerId: 'GEO-ALMATY' }, { text: 'Жаңаөзен, Бірлік алаңы' }],
    tags: ['ICCPR-21', 'ICCPR-19', 'REC-UPR3-KZ-N12'],
    tagNotes: { 'ICCPR-21': 'Бейбіт жиналыс күшпен таратылды; ұйымдастырушылар ұсталды.' },
  });
  const people = [
    Person.parse({ ...base(10), names: [{ text: NAMED, script: 'cyrillic', kind: 'primary' }, { text: 'Gulnar Abdikadyrova', script: 'latin', kind: 'transliteration' }], consent: 'named-publication', gender: 'female', ageGroup: 'adult' }),
    Person.parse({ ...base(11), names: [{ text: ANONYMISED_CANARY, script: 'cyrillic', kind: 'primary' }], consent: 'anonymised-publication', gender: 'male', ageGroup: 'youth' }),
    Person.parse({ ...base(12), names: [{ text: WITHHELD_CANARY, script: 'cyrillic', kind: 'primary' }], consent: 'internal-only', gender: 'female', ageGroup: 'older' }),
  ];
  const links = [
    CasePerson.parse({ ...base(20), caseId: kase.id, personId: id(10), role: 'victim' }),
    CasePerson.parse({ ...base(21), caseId: kase.id, personId: id(11), role: 'witness' }),
    CasePerson.parse({ ...base(22), caseId: kase.id, personId: id(12), role: 'source' }),
  ];
  const monitoring = Source.parse({ ...base(40), kind: 'ngo-monitoring', name: 'KIBHR monitoring report', perspective: 'independent', caseIds: [kase.id] });
  const media = Source.parse({ ...base(41), kind: 'media', name: 'Vlast.kz', url: 'https://vlast.kz/', perspective: 'independent' });
  const events = [
    // Out of order on purpose: the timeline sorts by date, undated last.
    CaseEvent.parse({ ...base(33), caseId: kase.id, type: 'complaint', description: 'Complaint to the prosecutor about the detentions.' }),
    CaseEvent.parse({
      ...base(31), caseId: kase.id, type: 'detention', when: { precision: 'month', year: 2022, month: 1, part: 'late' },
      description: 'Organisers detained at home.', actors: [{ kind: 'special-forces' }, { kind: 'police', personId: id(11) }],
      tags: ['CAT-2'], tagNotes: { 'CAT-2': 'Beatings in custody reported by two detainees.' }, sourceIds: [media.id],
    }),
    CaseEvent.parse({
      ...base(30), caseId: kase.id, type: 'incident', when: { precision: 'day', year: 2022, month: 1, day: 4 }, place: { text: 'Жаңаөзен, Бірлік алаңы' },
      description: 'Police dispersed the assembly.', actors: [{ kind: 'police', personId: id(12) }, { kind: 'akimat', name: 'Akim of the town' }],
    }),
    CaseEvent.parse({ ...base(32), caseId: kase.id, type: 'hearing', when: { precision: 'season', year: 2022, season: 'spring' }, description: 'Administrative hearing.', tags: ['KZ-CAO-488'] }),
  ];
  const claims = [
    Claim.parse({ ...base(50), caseId: kase.id, field: 'detained', value: { type: 'count', count: { value: 40, qualifier: 'at-least' } }, sourceId: monitoring.id, quote: 'не менее 40 человек задержаны', locator: 'p. 3' }),
    Claim.parse({ ...base(51), caseId: kase.id, field: 'dispersal date', value: { type: 'date', date: { precision: 'day', year: 2022, month: 1, day: 4 } }, sourceId: media.id }),
  ];
  const records: CaseRecords = { case: kase, events, links, people, notes: [], sources: [monitoring, media], claims, proceedings: [] };
  const sha = (c: string) => c.repeat(64);
  const custody = (itemId: string, start: number): CustodyEvent[] => [
    { index: start, event: 'item.imported', at: '2026-01-05T10:00:00.000Z', actor: 'monitor', device: 'ab'.repeat(16), itemId, details: { sha256: sha('a') } },
    { index: start + 5, event: 'item.exported', at: '2026-01-06T10:00:00.000Z', actor: 'monitor', device: 'ab'.repeat(16), itemId },
    { index: start + 9, event: 'item.verified', at: '2026-01-07T10:00:00.000Z', actor: 'monitor', device: 'ab'.repeat(16), itemId, details: { result: 'ok' } },
  ];
  const exhibits: DossierExhibit[] = [
    { itemId: id(60), fileName: 'протокол задержания.pdf', sha256: sha('a'), custody: custody(id(60), 1) },
    { itemId: id(61), fileName: 'alan-video.mp4', sha256: sha('b'), custody: custody(id(61), 2).slice(0, 1) },
  ];
  const caseItems = exhibits.map((exhibit, k) => CaseItem.parse({ ...base(70 + k), caseId: kase.id, itemId: exhibit.itemId, snapshot: { originalName: exhibit.fileName, sha256: exhibit.sha256 } }));
  return { records, exhibits, caseItems };
}
