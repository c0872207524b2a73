// What leaves the vault about a case, decided by each person's consent (ARCHITECTURE §3 Person; §4 cases.json).
// The legal team's own copy keeps everything; a copy meant for publication (a shadow report, a UN submission)
// withholds people who gave no consent for it and replaces names where consent is for anonymised use only.
// Only this case's records leave: a source shared with other cases goes without their ids, and people are named by
// a ref that means something only inside this export, never by their record id.
import type { Case, CaseEvent, CaseItem, CasePerson, Claim, Excerpt, Note, Person, Proceeding, Source } from '../model';

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
  /** The evidence attached to the case and the excerpts drawn on it; absent, the export carries none. */
  caseItems?: readonly CaseItem[];
  excerpts?: readonly Excerpt[];
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
  /** What a committee counts about the victim's work (journalist, trade unionist…), from the link to the case. */
  victimCategories?: CasePerson['victimCategories'];
  form?: Person['form'];
  /** How the source describes an unnamed person or a group; never for a withheld one. */
  description?: string;
  groupSize?: Person['groupSize'];
  groupSizeInWords?: Person['groupSizeInWords'];
  organisationKind?: Person['organisationKind'];
};

/** An attached file as the case knows it: where it came from, told as the audience may hear it. */
export type DisclosedExhibit = Omit<CaseItem, 'caseId' | 'source'> & { source: Omit<CaseItem['source'], 'personId'> & { personRef?: string } };

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
  exhibits: DisclosedExhibit[];
  /** Excerpts of this case's exhibits that belong to this case or to the item itself. */
  excerpts: Excerpt[];
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
      ...(isWithheld ? {} : describedParty(person, audience)),
      ...(!isWithheld && link.victimCategories?.length ? { victimCategories: link.victimCategories } : {}),
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
  // One entry per attached file: the same item attached twice is one exhibit.
  const caseItems = [...new Map((records.caseItems ?? []).filter((item) => item.caseId === caseId).map((item) => [item.itemId, item])).values()];
  const attached = new Set(caseItems.map((item) => item.itemId));

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
    exhibits: caseItems.map((item) => discloseExhibit(item, audience, isUnnamed(item.source?.personId) ? {} : refOf(item.source?.personId))),
    excerpts: (records.excerpts ?? [])
      .filter((excerpt) => attached.has(excerpt.itemId) && (excerpt.caseId === undefined || excerpt.caseId === caseId))
      .map(({ note, ...excerpt }) => (audience === 'legal-team' && note !== undefined ? { ...excerpt, note } : excerpt)),
  };
}

/** What a committee needs to count a party; a group's description and size say nothing about one person. */
function describedParty(person: Person, audience: Audience): Partial<DisclosedPerson> {
  const named = audience === 'legal-team' || person.consent === 'named-publication' || person.form !== 'individual';
  return {
    form: person.form,
    ...(named && person.description !== undefined ? { description: person.description } : {}),
    ...(person.groupSize ? { groupSize: person.groupSize } : {}),
    ...(person.groupSizeInWords ? { groupSizeInWords: person.groupSizeInWords } : {}),
    ...(person.organisationKind ? { organisationKind: person.organisationKind } : {}),
  };
}

/**
 * A publication keeps how and when a file was obtained, never who handed it over or where the camera stood: the
 * monitor's words about the giver, the capturing device, working notes and a photo's GPS fix stay with the team.
 */
function discloseExhibit(item: CaseItem, audience: Audience, giver: { personRef?: string }): DisclosedExhibit {
  // Records written before provenance and snapshots had defaults may lack them.
  const { caseId: _caseId, source = {}, snapshot: facts = {}, ...fields } = item;
  const rest = { ...fields, snapshot: facts };
  const { personId: _personId, fromText, device, note, ...provenance } = source;
  if (audience === 'legal-team') return { ...rest, source: { ...provenance, ...giver, ...(fromText ? { fromText } : {}), ...(device ? { device } : {}), ...(note ? { note } : {}) } };
  const { exif, ...snapshot } = facts;
  const place = exif ? (({ latitude: _latitude, longitude: _longitude, ...kept }) => kept)(exif) : undefined;
  return { ...rest, snapshot: { ...snapshot, ...(place ? { exif: place } : {}) }, source: { ...provenance, ...giver } };
}
