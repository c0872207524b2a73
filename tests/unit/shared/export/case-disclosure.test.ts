import { describe, expect, it } from 'vitest';
import { Case, CaseEvent, CasePerson, Person, Proceeding } from '../../../../shared/model';
import { discloseCase, type CaseRecords } from '../../../../shared/export/case-disclosure';

const at = '2026-01-01T00:00:00.000Z';
const id = (n: number) => n.toString(16).padStart(32, '0');
const person = (n: number, name: string, consent: Person['consent']) =>
  Person.parse({ id: id(n), createdAt: at, updatedAt: at, names: [{ text: name, script: 'cyrillic', kind: 'primary' }], consent, gender: 'male', ageGroup: 'adult' });

function records(): CaseRecords {
  const kase = Case.parse({ id: id(1), createdAt: at, updatedAt: at, title: 'Арест блогеров на блокпосту', summary: 'Two bloggers filmed the checkpoint.' });
  const people = [person(10, 'Геннадий Крестьянский', 'named-publication'), person(11, 'Свидетель Н.', 'anonymised-publication'), person(12, 'Источник в полиции', 'internal-only')];
  const links = people.map((p, i) => CasePerson.parse({ id: id(20 + i), createdAt: at, updatedAt: at, caseId: kase.id, personId: p.id, role: (['victim', 'witness', 'source'] as const)[i] }));
  const event = CaseEvent.parse({
    id: id(30), createdAt: at, updatedAt: at, caseId: kase.id, type: 'detention',
    actors: [{ kind: 'police', name: 'Источник в полиции', personId: id(12) }, { kind: 'court' }],
  });
  const proceeding = Proceeding.parse({ id: id(40), createdAt: at, updatedAt: at, caseId: kase.id, personId: id(12), type: 'administrative', code: 'CAO', article: '476' });
  const note = { id: id(50), createdAt: at, updatedAt: at, caseId: kase.id, text: 'Call the source on Friday' };
  return { case: kase, events: [event], links, people, notes: [note], sources: [], claims: [], proceedings: [proceeding] };
}

describe('discloseCase', () => {
  it('gives the legal team everything, names and notes included', () => {
    const out = discloseCase(records(), 'legal-team');
    expect(out.people.map((p) => p.names)).toEqual([['Геннадий Крестьянский'], ['Свидетель Н.'], ['Источник в полиции']]);
    expect(out.notes).toHaveLength(1);
    expect(out.proceedings[0]?.personRef).toBe('person-C');
  });

  it('for publication, names only those who consented, anonymises and withholds the rest, wherever they appear', () => {
    const out = discloseCase(records(), 'publication');
    expect(out.people).toEqual([
      { ref: 'person-A', role: 'victim', names: ['Геннадий Крестьянский'], withheld: false, gender: 'male', ageGroup: 'adult', consent: 'named-publication' },
      { ref: 'person-B', role: 'witness', names: [], withheld: false, gender: 'male', ageGroup: 'adult', consent: 'anonymised-publication' },
      { ref: 'person-C', role: 'source', names: [], withheld: true, consent: 'internal-only' },
    ]);
    expect(out.notes).toEqual([]);
    expect(out.events[0]?.actors).toEqual([{ kind: 'police' }, { kind: 'court' }]);
    expect(out.proceedings[0]).not.toHaveProperty('personRef');
    const text = JSON.stringify(out);
    expect(text).not.toContain('Источник в полиции');
    expect(text).not.toContain('Свидетель Н.');
    expect(text).not.toContain(id(12));
  });
});
