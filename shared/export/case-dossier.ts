// The printable dossier of one case, for a lawyer's file or a partner: summary, timeline, people as consent allows,
// the articles engaged and why, what each source says, and the exhibits with their hashes and custody. Who is named
// is decided by discloseCase, the same rule the evidence bundle follows; nothing here looks at consent itself.
import { entryName } from '../catalog/entry-name';
import type { Catalog } from '../catalog/types';
import type { CustodyEvent } from '../ipc/channels/vault';
import { formatDateTime, formatNumber } from '../i18n/format';
import { readableDate } from '../i18n/readable-date';
import type { Language } from '../i18n/resources';
import type { Translate } from '../i18n/translate';
import { earliest, type CaseEvent, type Claim, type Place } from '../model';
import { discloseCase, type Audience, type CaseDisclosure, type CaseRecords, type DisclosedPerson } from './case-disclosure';
import { summarizeCustody } from './custody-summary';
import type { DocumentBlock, DocumentSection, FooterPart, PrintableDocument } from './printable-document';

/** An attached evidence item as the vault knows it: the bytes' name and hash, and the item's custody entries. */
export type DossierExhibit = { itemId: string; fileName: string; sha256: string; custody: readonly CustodyEvent[] };

export type DossierOptions = { audience: Audience; lang: Language; t: Translate; catalog: Catalog; generatedAt: string };

const DASH = '—';

/**
 * Footer parts from one translated template, cut where the page numbers go. Private-use characters, which no
 * translation holds, mark the places, since languages order them differently ("page 2 of 5", «5 беттің 2-беті»).
 */
export function footerParts(template: (page: string, pages: string) => string): FooterPart[] {
  return template('\uE000', '\uE001')
    .split(/([\uE000\uE001])/u)
    .filter(Boolean)
    .map((part): FooterPart => (part === '\uE000' ? { field: 'page' } : part === '\uE001' ? { field: 'pages' } : { text: part }));
}

export function placeName(place: Place, catalog: Catalog, options: Pick<DossierOptions, 'lang' | 't'>): string {
  if ('text' in place) return place.text;
  const named = entryName(place.gazetteerId, catalog, options.lang, options.t);
  return named.entry ? named.name : (place.label ?? place.gazetteerId);
}

/** Oldest first by the earliest day each date can mean; undated events keep their recorded order, last. */
function inTimelineOrder<T extends Pick<CaseEvent, 'when' | 'createdAt'>>(events: readonly T[]): T[] {
  const key = (event: T) => (event.when ? earliest(event.when) : '9999-99-99');
  return [...events].sort((a, b) => key(a).localeCompare(key(b)) || a.createdAt.localeCompare(b.createdAt));
}

export function buildCaseDossier(records: CaseRecords, exhibits: readonly DossierExhibit[], options: DossierOptions): PrintableDocument {
  const { t, lang } = options;
  const disclosure = discloseCase(records, options.audience);
  const sections: DocumentSection[] = [...caseSections(disclosure, options), exhibitsSection(exhibits, options)];
  return {
    lang,
    title: disclosure.case.title,
    preface: [
      t('dossier:title'),
      options.audience === 'legal-team' ? t('dossier:audience.legal-team') : t('dossier:audience.publication'),
      t('dossier:prepared', { date: formatDateTime(options.generatedAt, lang, { date: 'long' }), id: disclosure.case.id }),
    ],
    sections,
    footer: footerParts((page, pages) => t('dossier:footer', { title: disclosure.case.title, page, pages })),
  };
}

/** What the wording of a case needs: the reader's language and the catalog that names each tag. */
export type CaseWording = Pick<DossierOptions, 'lang' | 't' | 'catalog'>;

/**
 * Summary, timeline, people, tags, and sources with their claims, worded from a disclosure: the printable dossier
 * and the evidence bundle's index.html both say exactly this about a case.
 */
export function caseSections(disclosure: CaseDisclosure, options: CaseWording): DocumentSection[] {
  const personLabel = labelPeople(disclosure.people, options.t);
  return [
    summarySection(disclosure, options),
    timelineSection(disclosure, personLabel, options),
    peopleSection(disclosure.people, personLabel, options.t),
    tagsSection(disclosure, options),
    sourcesSection(disclosure, options),
  ];
}

/** How each disclosed person is written: their first name as recorded, or "Person A" when they may not be named. */
export function labelPeople(people: readonly DisclosedPerson[], t: Translate): Map<string, string> {
  return new Map(people.map((person) => [person.ref, person.names[0] ?? t('dossier:people.unnamed', { letter: person.ref.replace(/^person-/, '') })]));
}

function summarySection(disclosure: CaseDisclosure, options: CaseWording): DocumentSection {
  const { t, lang } = options;
  const { case: record } = disclosure;
  const fields = [{ label: t('dossier:field.status'), value: t(`cases:status.${record.status}`) }];
  if (record.period) fields.push({ label: t('dossier:field.period'), value: readableDate(record.period, lang) });
  if (record.places.length > 0) fields.push({ label: t('dossier:field.places'), value: record.places.map((place) => placeName(place, options.catalog, options)).join('; ') });
  const paragraphs = record.summary.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return {
    id: 'summary',
    heading: t('dossier:section.summary'),
    blocks: [
      { kind: 'fields', fields },
      ...(paragraphs.length > 0 ? paragraphs.map((text): DocumentBlock => ({ kind: 'paragraph', text })) : [{ kind: 'paragraph' as const, text: t('dossier:none.summary'), muted: true }]),
    ],
  };
}

function timelineSection(disclosure: CaseDisclosure, personLabel: ReadonlyMap<string, string>, options: CaseWording): DocumentSection {
  const { t, lang } = options;
  const heading = t('dossier:section.timeline');
  if (disclosure.events.length === 0) return { id: 'timeline', heading, blocks: [{ kind: 'paragraph', text: t('dossier:none.events'), muted: true }] };
  const rows = inTimelineOrder(disclosure.events).map((event) => [
    event.when ? readableDate(event.when, lang) : t('dossier:timeline.undated'),
    t(`cases:eventType.${event.type}`),
    event.place ? placeName(event.place, options.catalog, options) : DASH,
    event.description.trim() || DASH,
    event.actors
      .map((actor) => {
        const who = actor.personRef ? personLabel.get(actor.personRef) : actor.name;
        return who ? `${t(`dossier:actorKind.${actor.kind}`)}: ${who}` : t(`dossier:actorKind.${actor.kind}`);
      })
      .join('; ') || DASH,
  ]);
  return {
    id: 'timeline',
    heading,
    blocks: [
      {
        kind: 'table',
        columns: [t('dossier:timeline.date'), t('dossier:timeline.type'), t('dossier:timeline.place'), t('dossier:timeline.description'), t('dossier:timeline.actors')],
        rows,
        widths: [16, 12, 14, 40, 18],
      },
    ],
  };
}

function peopleSection(people: readonly DisclosedPerson[], personLabel: ReadonlyMap<string, string>, t: Translate): DocumentSection {
  const heading = t('dossier:section.people');
  const shown = people.filter((person) => !person.withheld);
  const withheld = people.length - shown.length;
  const blocks: DocumentBlock[] = [];
  if (people.length === 0) blocks.push({ kind: 'paragraph', text: t('dossier:none.people'), muted: true });
  if (shown.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [t('dossier:people.name'), t('dossier:people.role'), t('dossier:people.gender'), t('dossier:people.ageGroup')],
      rows: shown.map((person) => {
        const [first, ...others] = person.names;
        const name = first ? (others.length > 0 ? `${first} (${others.join(', ')})` : first) : (personLabel.get(person.ref) ?? DASH);
        return [
          name,
          t(`cases:role.${person.role}`),
          person.gender ? t(`people:gender.${person.gender}`) : DASH,
          person.ageGroup ? t(`people:ageGroup.${person.ageGroup}`) : DASH,
        ];
      }),
      widths: [40, 24, 18, 18],
    });
  }
  if (shown.some((person) => person.names.length === 0)) blocks.push({ kind: 'paragraph', text: t('dossier:people.anonymisedNote'), muted: true });
  if (withheld > 0) blocks.push({ kind: 'paragraph', text: t('dossier:people.withheld', { count: withheld }), muted: true });
  return { id: 'people', heading, blocks };
}

function tagsSection(disclosure: CaseDisclosure, options: CaseWording): DocumentSection {
  const { t, lang, catalog } = options;
  const heading = t('dossier:section.tags');
  const row = (tag: string, where: string, note: string | undefined): string[] => {
    const named = entryName(tag, catalog, lang, t);
    return [named.name, named.heading ?? DASH, where, note?.trim() || DASH];
  };
  const onCase = disclosure.case.tags.map((tag) => row(tag, t('dossier:tags.onCase'), disclosure.case.tagNotes[tag]));
  const onEvents = inTimelineOrder(disclosure.events).flatMap((event) =>
    event.tags.map((tag) => row(tag, t('dossier:tags.onEvent', { type: t(`cases:eventType.${event.type}`), date: event.when ? readableDate(event.when, lang) : t('dossier:timeline.undated') }), event.tagNotes[tag])),
  );
  const rows = [...onCase, ...onEvents];
  if (rows.length === 0) return { id: 'tags', heading, blocks: [{ kind: 'paragraph', text: t('dossier:none.tags'), muted: true }] };
  return {
    id: 'tags',
    heading,
    blocks: [{ kind: 'table', columns: [t('dossier:tags.entry'), t('dossier:tags.heading'), t('dossier:tags.where'), t('dossier:tags.why')], rows, widths: [18, 26, 18, 38] }],
  };
}

function claimText(claim: Claim, options: CaseWording): string {
  const { t, lang } = options;
  const { value } = claim;
  const said =
    value.type === 'count'
      ? t(`cases:qualifier.${value.count.qualifier}`, { n: formatNumber(value.count.value, lang) })
      : value.type === 'date'
        ? readableDate(value.date, lang)
        : value.text;
  return [t('dossier:sources.claim', { field: claim.field, value: said }), claim.quote ? `«${claim.quote}»` : undefined, claim.locator ? `(${claim.locator})` : undefined]
    .filter(Boolean)
    .join(' ');
}

function sourcesSection(disclosure: CaseDisclosure, options: CaseWording): DocumentSection {
  const { t } = options;
  const heading = t('dossier:section.sources');
  if (disclosure.sources.length === 0) return { id: 'sources', heading, blocks: [{ kind: 'paragraph', text: t('dossier:none.sources'), muted: true }] };
  const blocks = disclosure.sources.flatMap((source): DocumentBlock[] => {
    const claims = disclosure.claims.filter((claim) => claim.sourceId === source.id);
    return [
      { kind: 'subheading', text: source.name },
      { kind: 'paragraph', text: [`${t(`cases:sourceKind.${source.kind}`)}, ${t(`cases:perspective.${source.perspective}`)}`, source.url].filter(Boolean).join(' · ') },
      claims.length > 0 ? { kind: 'list', items: claims.map((claim) => claimText(claim, options)) } : { kind: 'paragraph', text: t('dossier:sources.noClaims'), muted: true },
    ];
  });
  return { id: 'sources', heading, blocks };
}

function custodyText(exhibit: DossierExhibit, options: DossierOptions): string {
  const { t, lang } = options;
  const summary = summarizeCustody(exhibit.custody);
  if (summary.entries === 0) return t('dossier:custody.none');
  const day = (at: string) => formatDateTime(at, lang, { date: 'medium' });
  return [
    summary.importedAt ? t('dossier:custody.imported', { date: day(summary.importedAt) }) : undefined,
    t('dossier:custody.entries', { count: summary.entries }),
    summary.exports > 0 ? t('dossier:custody.exported', { count: summary.exports }) : undefined,
    summary.lastVerified
      ? summary.lastVerified.isIntact
        ? t('dossier:custody.intact', { date: day(summary.lastVerified.at) })
        : t('dossier:custody.damaged', { date: day(summary.lastVerified.at) })
      : t('dossier:custody.neverVerified'),
  ]
    .filter(Boolean)
    .join('; ');
}

function exhibitsSection(exhibits: readonly DossierExhibit[], options: DossierOptions): DocumentSection {
  const { t } = options;
  const heading = t('dossier:section.exhibits');
  if (exhibits.length === 0) return { id: 'exhibits', heading, blocks: [{ kind: 'paragraph', text: t('dossier:none.exhibits'), muted: true }] };
  return {
    id: 'exhibits',
    heading,
    blocks: [
      {
        kind: 'table',
        columns: [t('dossier:exhibits.number'), t('dossier:exhibits.file'), t('dossier:exhibits.sha256'), t('dossier:exhibits.custody')],
        rows: exhibits.map((exhibit, index) => [t('dossier:exhibits.label', { n: index + 1 }), exhibit.fileName, exhibit.sha256, custodyText(exhibit, options)]),
        codeColumns: [2],
        widths: [8, 26, 30, 36],
      },
      { kind: 'paragraph', text: t('dossier:exhibits.note'), muted: true },
    ],
  };
}
