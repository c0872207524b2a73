import { describe, expect, it } from 'vitest';
import { Case, CaseEvent, CaseItem, CasePerson, Excerpt, Person, Proceeding } from '../../../../shared/model';
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
      { ref: 'person-A', role: 'victim', names: ['Геннадий Крестьянский'], withheld: false, gender: 'male', ageGroup: 'adult', consent: 'named-publication', form: 'individual' },
      { ref: 'person-B', role: 'witness', names: [], withheld: false, gender: 'male', ageGroup: 'adult', consent: 'anonymised-publication', form: 'individual' },
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

  it('carries each attached file once with its provenance and excerpts; a publication drops the giver, the device, notes and GPS', () => {
    const base = records();
    const photo = (n: number, caseId: string) =>
      CaseItem.parse({
        id: id(n), createdAt: at, updatedAt: at, caseId, itemId: id(60),
        source: { how: 'given-by-witness', personId: id(11), fromText: 'Свидетель Н. at the market', device: 'his phone', note: 'ask about the second video' },
        snapshot: { originalName: 'checkpoint.jpg', exif: { latitude: 42.3, longitude: 69.6, model: 'Redmi 9' } },
      });
    const excerpt = (n: number, caseId: string | undefined, note?: string) =>
      Excerpt.parse({ id: id(n), itemId: id(60), caseId, rect: { x: 1, y: 2, width: 30, height: 40 }, tags: ['ICCPR-19'], note, createdAt: at });
    const withEvidence: CaseRecords = {
      ...base,
      caseItems: [photo(70, base.case.id), photo(71, base.case.id), photo(72, id(2))],
      excerpts: [excerpt(80, base.case.id, 'the officer without a badge'), excerpt(81, undefined), excerpt(82, id(2))],
    };

    const team = discloseCase(withEvidence, 'legal-team');
    expect(team.exhibits).toHaveLength(1);
    expect(team.exhibits[0]?.source).toEqual({ how: 'given-by-witness', personRef: 'person-B', fromText: 'Свидетель Н. at the market', device: 'his phone', note: 'ask about the second video' });
    expect(team.exhibits[0]?.snapshot.exif).toMatchObject({ latitude: 42.3, longitude: 69.6 });
    expect(team.excerpts.map((x) => [x.id, x.note])).toEqual([[id(80), 'the officer without a badge'], [id(81), undefined]]);

    const publication = discloseCase(withEvidence, 'publication');
    expect(publication.exhibits[0]?.source).toEqual({ how: 'given-by-witness' });
    expect(publication.exhibits[0]?.snapshot.exif).toEqual({ model: 'Redmi 9' });
    expect(publication.excerpts.map((x) => x.id)).toEqual([id(80), id(81)]);
    const text = JSON.stringify(publication);
    for (const secret of ['his phone', 'at the market', 'second video', 'without a badge', '42.3', id(11)]) expect(text).not.toContain(secret);
  });
});
