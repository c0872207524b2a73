// What leaves the vault about a case, decided by each person's consent (ARCHITECTURE §3 Person; §4 cases.json).
// The legal team's own copy keeps everything; a copy meant for publication (a shadow report, a UN submission)
// withholds people who gave no consent for it and replaces names where consent is for anonymised use only.
// Only this case's records leave: a source shared with other cases goes without their ids, and people are named by
// a ref that means something only inside this export, never by their record id.
import type { Case, CaseEvent, CasePerson, Claim, Note, Person, Proceeding, Source } from '../model';

export type Audience = 'legal-team' | 'publication';

export type CaseRecords = {
  case: Case;
  events: readonly CaseEvent[];
  links: readonly CasePerson[];
  people: readonly Person[];
  notes: readonly Note[];
  sources: readonly Source[];
  claims: readonly Claim[];
  proceedings: readonly Proceeding[];
};

export type DisclosedPerson = {
  /** Stable within one export, so events and proceedings can still point at the person. */
  ref: string;
  role: CasePerson['role'];
  names: string[];
  withheld: boolean;
  gender?: Person['gender'];
  ageGroup?: Person['ageGroup'];
  consent: Person['consent'];
};

type WithPersonRef<T extends { personId?: string }> = Omit<T, 'personId'> & { personRef?: string };
export type DisclosedActor = WithPersonRef<CaseEvent['actors'][number]>;

export type CaseDisclosure = {
  audience: Audience;
  case: Pick<Case, 'id' | 'title' | 'summary' | 'status' | 'places' | 'tags' | 'tagNotes' | 'period'>;
  events: (Omit<CaseEvent, 'actors'> & { actors: DisclosedActor[] })[];
  people: DisclosedPerson[];
  proceedings: WithPersonRef<Proceeding>[];
  /** Sources this case cites or was recorded with; `caseIds` names this case only. */
  sources: Source[];
  claims: Claim[];
  /** Working notes are the team's own; they go only to the legal team. */
  notes: WithPersonRef<Note>[];
};

const letters = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : `${letters(Math.floor(index / 26) - 1)}${letters(index % 26)}`);

export function discloseCase(records: CaseRecords, audience: Audience): CaseDisclosure {
  const people = new Map(records.people.map((person) => [person.id, person]));
  const refs = new Map<string, string>();
  const disclosed: DisclosedPerson[] = [];
  for (const link of records.links) {
    const person = people.get(link.personId);
    if (!person) continue;
    const ref = refs.get(person.id) ?? `person-${letters(refs.size)}`;
    refs.set(person.id, ref);
    const isPublic = audience === 'legal-team' || person.consent === 'named-publication';
    const isWithheld = audience === 'publication' && person.consent === 'internal-only';
    disclosed.push({
      ref,
      role: link.role,
      names: isPublic ? person.names.map((name) => name.text) : [],
      withheld: isWithheld,
      // Even an anonymised person keeps what a committee counts (gender, age group); a withheld one keeps nothing.
      ...(isWithheld ? {} : { gender: person.gender, ageGroup: person.ageGroup }),
      consent: person.consent,
    });
  }
  // Whoever may not be named is also cut from what points at them, so a name cannot leak through an actor list.
  const isUnnamed = (personId: string | undefined): boolean =>
    audience === 'publication' && personId !== undefined && people.get(personId)?.consent !== 'named-publication';
  const isWithheld = (personId: string): boolean => audience === 'publication' && people.get(personId)?.consent === 'internal-only';

  const refOf = (personId: string | undefined): { personRef?: string } => {
    const ref = personId && !isWithheld(personId) ? refs.get(personId) : undefined;
    return ref ? { personRef: ref } : {};
  };
  const caseId = records.case.id;
  const events = records.events.filter((event) => event.caseId === caseId);
  const claims = records.claims.filter((claim) => claim.caseId === caseId);
  const cited = new Set([...claims.map((claim) => claim.sourceId), ...events.flatMap((event) => event.sourceIds)]);

  return {
    audience,
    case: {
      id: records.case.id,
      title: records.case.title,
      summary: records.case.summary,
      status: records.case.status,
      places: records.case.places,
      tags: records.case.tags,
      tagNotes: records.case.tagNotes,
      period: records.case.period,
    },
    events: events.map((event) => ({
      ...event,
      actors: event.actors.map(({ personId, ...actor }) => (isUnnamed(personId) ? { kind: actor.kind } : { ...actor, ...refOf(personId) })),
    })),
    people: disclosed,
    proceedings: records.proceedings.filter((p) => p.caseId === caseId).map(({ personId, ...rest }) => ({ ...rest, ...refOf(personId) })),
    sources: records.sources.filter((source) => cited.has(source.id) || source.caseIds.includes(caseId)).map((source) => ({ ...source, caseIds: [caseId] })),
    claims,
    notes: audience === 'legal-team' ? records.notes.filter((note) => note.caseId === caseId).map(({ personId, ...rest }) => ({ ...rest, ...refOf(personId) })) : [],
  };
}
