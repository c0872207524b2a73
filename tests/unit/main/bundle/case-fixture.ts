import { discloseCase, type Audience, type CaseDisclosure } from '../../../../shared/export/case-disclosure';
import { Case, CaseEvent, CasePerson, Claim, Note, Person, Proceeding, Source } from '../../../../shared/model';

const at = '2026-02-01T00:00:00.000Z';
const base = (id: string) => ({ id, createdAt: at, updatedAt: at });

/**
 * A vault's records as the case editor loads them (load-case.ts): each case's own events, links, claims, notes and
 * proceedings, plus every person and every source in the vault. Seven cases, each with its people, a cited source,
 * a source recorded for it that nothing cites yet, and one source shared by cases 0 and 3.
 */
export function severalCases(count = 7) {
  let next = 0x1000;
  const id = () => (next++).toString(16).padStart(32, '0');
  const cases = Array.from({ length: count }, (_, k) => Case.parse({ ...base(id()), title: `Дело ${k}: задержание в Шымкенте` }));
  const shared = Source.parse({ ...base(id()), kind: 'media', name: 'Vlast.kz report', caseIds: [cases[0]!.id, cases[3 % count]!.id] });
  const people: Person[] = [];
  const sources: Source[] = [shared];
  const perCase = cases.map((kase, k) => {
    const named = Person.parse({ ...base(id()), names: [{ text: `Асель ${k}`, script: 'cyrillic', kind: 'primary' }], consent: 'named-publication' });
    const hidden = Person.parse({ ...base(id()), names: [{ text: `Источник ${k}`, script: 'cyrillic', kind: 'primary' }], consent: 'internal-only' });
    people.push(named, hidden);
    const cited = Source.parse({ ...base(id()), kind: 'ngo-monitoring', name: `Monitoring note ${k}`, caseIds: [kase.id] });
    const recorded = Source.parse({ ...base(id()), kind: 'witness', name: `Witness ${k}`, caseIds: [kase.id] });
    sources.push(cited, recorded);
    const event = CaseEvent.parse({ ...base(id()), caseId: kase.id, type: 'detention', actors: [{ kind: 'police', personId: named.id }, { kind: 'unknown-persons', personId: hidden.id }], sourceIds: [cited.id] });
    const claims = [Claim.parse({ ...base(id()), caseId: kase.id, eventId: event.id, field: 'detained', value: { type: 'count', count: { value: 3 + k, qualifier: 'exact' } }, sourceId: cited.id })];
    if (k === 0 || k === 3) claims.push(Claim.parse({ ...base(id()), caseId: kase.id, field: 'detained', value: { type: 'count', count: { value: 5, qualifier: 'at-least' } }, sourceId: shared.id }));
    const trial = Proceeding.parse({ ...base(id()), caseId: kase.id, personId: named.id, type: 'administrative', code: 'CAO', article: '488' });
    const appeal = Proceeding.parse({ ...base(id()), caseId: kase.id, personId: named.id, type: 'administrative', code: 'CAO', article: '488', appealOf: trial.id });
    return {
      case: kase,
      events: [event],
      links: [CasePerson.parse({ ...base(id()), caseId: kase.id, personId: named.id, role: 'victim' }), CasePerson.parse({ ...base(id()), caseId: kase.id, personId: hidden.id, role: 'source' })],
      notes: [Note.parse({ ...base(id()), caseId: kase.id, eventId: event.id, personId: hidden.id, text: `Call the source for case ${k}` })],
      claims,
      proceedings: [trial, appeal],
    };
  });
  /** What the export section sends for case `k`: its own records plus every person and source, as loadCase reads them. */
  const disclose = (k: number, audience: Audience): CaseDisclosure => discloseCase({ ...perCase[k]!, people, sources }, audience);
  /** Every id that belongs to case `k` and may appear in its bundle. */
  const idsOf = (k: number): Set<string> => {
    const own = perCase[k]!;
    const cited = new Set([...own.claims.map((c) => c.sourceId), ...own.events.flatMap((e) => e.sourceIds)]);
    const mine = sources.filter((s) => cited.has(s.id) || s.caseIds.includes(own.case.id));
    return new Set([own.case.id, ...own.events, ...own.claims, ...own.notes, ...own.proceedings, ...mine].map((r) => (typeof r === 'string' ? r : r.id)));
  };
  return { cases, people, sources, perCase, disclose, idsOf };
}
