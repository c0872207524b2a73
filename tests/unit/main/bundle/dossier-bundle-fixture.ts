// A bundle as a monitor would send it: two cases (a dispersed assembly in Zhanaozen, written in Kazakh, and a
// blogger's detention in Almaty, in Russian), a court record PDF with a quoted passage and a photo with a marked
// region, given by people some of whom may not be named. The names that must stay out of a publication carry
// canary words, so a test can search the whole page for them.
import { createHash, createPrivateKey, sign } from 'node:crypto';
import type { BundleSource } from '../../../../src-main/bundle';
import { fingerprintOf } from '../../../../src-main/bundle/bundle-layout';
import { discloseCase, type Audience, type CaseDisclosure, type CaseRecords } from '../../../../shared/export/case-disclosure';
import type { CustodyEvent, ItemRecord } from '../../../../shared/ipc/channels/vault';
import { Case, CaseEvent, CaseItem, CasePerson, Claim, Excerpt, Person, Source } from '../../../../shared/model';
import { VECTOR_SEED } from './vector-source';

export const WITHHELD_GIVER = 'Жұлдыз CANARYWITHHELD Өтегенова';
export const ANONYMISED_BLOGGER = 'Нұрлан CANARYANON Сейітқали';
export const NAMED_LAWYER = 'Гүлнар Әбдіқадырова';
export const NAMED_BLOGGER = 'Айдос Садыков';

const at = '2026-01-10T09:00:00.000Z';
const id = (n: number) => n.toString(16).padStart(32, '0');
const base = (n: number) => ({ id: id(n), createdAt: at, updatedAt: at });

const PDF = Buffer.from('%PDF-1.4\n% Протокол судебного заседания\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
export const PDF_ITEM = 'a1'.repeat(16);
export const PHOTO_ITEM = 'b2'.repeat(16);

const items: Array<ItemRecord & { bytes: Buffer }> = [
  { id: PDF_ITEM, blobId: 'c'.repeat(32), originalName: 'Протокол суда 12.03.2024.pdf', mediaType: 'application/pdf', importedAt: '2026-01-05T10:00:00.000Z', bytes: PDF },
  { id: PHOTO_ITEM, blobId: 'd'.repeat(32), originalName: 'алаң_IMG_2041.jpg', mediaType: 'image/jpeg', importedAt: '2026-01-05T10:05:00.000Z', bytes: JPEG },
].map((item) => ({ ...item, size: item.bytes.length, sha256: createHash('sha256').update(item.bytes).digest('hex') }));

export function twoCases(): CaseRecords[] {
  const people = [
    Person.parse({ ...base(10), names: [{ text: NAMED_LAWYER, script: 'cyrillic', kind: 'primary' }, { text: 'Gulnar Abdikadyrova', script: 'latin', kind: 'transliteration' }], consent: 'named-publication', gender: 'female', ageGroup: 'adult' }),
    Person.parse({ ...base(11), names: [{ text: ANONYMISED_BLOGGER, script: 'cyrillic', kind: 'primary' }], consent: 'anonymised-publication', gender: 'male', ageGroup: 'youth' }),
    Person.parse({ ...base(12), names: [{ text: WITHHELD_GIVER, script: 'cyrillic', kind: 'primary' }], consent: 'internal-only', gender: 'female', ageGroup: 'older' }),
    Person.parse({ ...base(13), names: [{ text: NAMED_BLOGGER, script: 'cyrillic', kind: 'primary' }], consent: 'named-publication', gender: 'male', ageGroup: 'adult' }),
  ];
  const zhanaozen = Case.parse({
    ...base(1),
    title: 'Жаңаөзендегі бейбіт жиналысты тарату',
    summary: 'Тұрғындар газ бағасының өсуіне наразылық білдіру үшін алаңға жиналды.\n\nPolice dispersed them; at least 40 people were detained.',
    status: 'verified',
    places: [{ text: 'Жаңаөзен, Бірлік алаңы' }],
    period: { precision: 'month', year: 2022, month: 1 },
    tags: ['ICCPR-21', 'ICCPR-19'],
    tagNotes: { 'ICCPR-21': 'Бейбіт жиналыс күшпен таратылды; ұйымдастырушылар ұсталды.' },
  });
  const almaty = Case.parse({
    ...base(2),
    title: 'Задержание блогера у блокпоста в Алматы',
    summary: 'Блогер снимал блокпост на въезде в город; через три недели его привлекли к административной ответственности.',
    status: 'open',
    places: [{ text: 'Алматы, блокпост на Кульджинском тракте' }],
    period: { precision: 'range', from: { precision: 'day', year: 2020, month: 3, day: 26 }, to: { precision: 'month', year: 2020, month: 4, part: 'late' } },
    tags: ['ICCPR-19', 'ICCPR-9'],
    tagNotes: { 'ICCPR-9': 'Арест на 10 суток за съёмку блокпоста.' },
  });
  const kibhr = Source.parse({ ...base(40), kind: 'ngo-monitoring', name: 'KIBHR monitoring report', perspective: 'independent', caseIds: [zhanaozen.id, almaty.id] });
  const vlast = Source.parse({ ...base(41), kind: 'media', name: 'Vlast.kz', url: 'https://vlast.kz/', perspective: 'independent' });
  const ministry = Source.parse({ ...base(42), kind: 'official-statement', name: 'Департамент полиции г. Алматы', perspective: 'government', caseIds: [almaty.id] });

  const zhanaozenRecords: CaseRecords = {
    case: zhanaozen,
    people,
    links: [
      CasePerson.parse({ ...base(20), caseId: zhanaozen.id, personId: id(10), role: 'victim' }),
      CasePerson.parse({ ...base(21), caseId: zhanaozen.id, personId: id(12), role: 'source' }),
    ],
    events: [
      CaseEvent.parse({
        ...base(30), caseId: zhanaozen.id, type: 'incident', when: { precision: 'day', year: 2022, month: 1, day: 4 }, place: { text: 'Жаңаөзен, Бірлік алаңы' },
        description: 'Police dispersed the assembly with batons.', actors: [{ kind: 'police', personId: id(12) }, { kind: 'akimat', name: 'Қала әкімі' }], tags: ['ICCPR-21'],
      }),
      CaseEvent.parse({
        ...base(31), caseId: zhanaozen.id, type: 'detention', when: { precision: 'month', year: 2022, month: 1, part: 'late' },
        description: 'Ұйымдастырушылар үйлерінде ұсталды.', actors: [{ kind: 'special-forces' }], tags: ['CAT-2'], tagNotes: { 'CAT-2': 'Beatings in custody reported by two detainees.' }, sourceIds: [vlast.id],
      }),
    ],
    notes: [],
    sources: [kibhr, vlast, ministry],
    claims: [Claim.parse({ ...base(50), caseId: zhanaozen.id, field: 'detained', value: { type: 'count', count: { value: 40, qualifier: 'at-least' } }, sourceId: kibhr.id, quote: 'не менее 40 человек задержаны', locator: 'p. 3' })],
    proceedings: [],
    caseItems: [
      CaseItem.parse({
        ...base(70), caseId: zhanaozen.id, itemId: PHOTO_ITEM,
        source: { how: 'given-by-witness', personId: id(12), fromText: 'met at the akimat entrance', device: 'her phone', obtainedOn: { precision: 'day', year: 2022, month: 1, day: 5 }, note: 'She asked that her name never appear.' },
        snapshot: { originalName: 'алаң_IMG_2041.jpg', mediaType: 'image/jpeg', exif: { capturedAt: '2022:01:04 18:42:10', make: 'Samsung', model: 'SM-A515F', latitude: 43.34116, longitude: 52.86192 } },
      }),
    ],
    excerpts: [
      Excerpt.parse({ id: id(80), itemId: PHOTO_ITEM, caseId: zhanaozen.id, rect: { x: 820, y: 410, width: 960, height: 540 }, tags: ['ICCPR-21'], note: 'Face of the officer is visible.', createdAt: at }),
    ],
  };
  const almatyRecords: CaseRecords = {
    case: almaty,
    people,
    links: [
      CasePerson.parse({ ...base(22), caseId: almaty.id, personId: id(13), role: 'victim' }),
      CasePerson.parse({ ...base(23), caseId: almaty.id, personId: id(11), role: 'witness' }),
      CasePerson.parse({ ...base(24), caseId: almaty.id, personId: id(10), role: 'lawyer' }),
    ],
    events: [
      CaseEvent.parse({
        ...base(32), caseId: almaty.id, type: 'incident', when: { precision: 'day', year: 2020, month: 3, day: 26 }, place: { text: 'Алматы, блокпост' },
        description: 'Блогер снимает блокпост; свидетель видел, как у него отобрали телефон.', actors: [{ kind: 'police' }, { kind: 'other', personId: id(11) }],
      }),
      CaseEvent.parse({
        ...base(33), caseId: almaty.id, type: 'verdict', when: { precision: 'month', year: 2020, month: 4, part: 'mid' }, place: { text: 'Специализированный административный суд Алматы' },
        description: 'Административный арест на 10 суток по ст. 488 КоАП.', actors: [{ kind: 'court', name: 'Судья Е. Ким' }], tags: ['KZ-CAO-488'], sourceIds: [ministry.id],
      }),
    ],
    notes: [],
    sources: [kibhr, vlast, ministry],
    claims: [
      Claim.parse({ ...base(51), caseId: almaty.id, field: 'arrest days', value: { type: 'count', count: { value: 10, qualifier: 'exact' } }, sourceId: ministry.id, quote: 'арестован на 10 суток' }),
      Claim.parse({ ...base(52), caseId: almaty.id, field: 'charge date', value: { type: 'date', date: { precision: 'month', year: 2020, month: 4, part: 'mid' } }, sourceId: kibhr.id }),
    ],
    proceedings: [],
    caseItems: [
      CaseItem.parse({
        ...base(71), caseId: almaty.id, itemId: PDF_ITEM,
        source: { how: 'official-copy', personId: id(10), obtainedOn: { precision: 'month', year: 2020, month: 5 }, url: 'https://office.sud.kz/courtActs/12345' },
        snapshot: { originalName: 'Протокол суда 12.03.2024.pdf', mediaType: 'application/pdf', pdf: { pages: 4 }, hasTextLayer: true },
      }),
    ],
    excerpts: [
      Excerpt.parse({
        id: id(81), itemId: PDF_ITEM, caseId: almaty.id, page: 2,
        quote: 'Суд постановил: признать виновным по ст. 488 КоАП и подвергнуть административному аресту сроком на 10 (десять) суток.',
        rect: { x: 72, y: 520, width: 451, height: 46 },
        rects: [{ x: 72, y: 548, width: 451, height: 18 }, { x: 72, y: 520, width: 300, height: 18 }],
        tags: ['ICCPR-9', 'KZ-CAO-488'], createdAt: at,
      }),
    ],
  };
  return [almatyRecords, zhanaozenRecords];
}

export const disclosedCases = (audience: Audience): CaseDisclosure[] =>
  twoCases().map((records) => JSON.parse(JSON.stringify(discloseCase(records, audience))) as CaseDisclosure);

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(VECTOR_SEED, 'hex')]), format: 'der', type: 'pkcs8' });
const publicKey = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
const fingerprint = fingerprintOf(publicKey);
const events: CustodyEvent[] = items.map((item, index) => ({ index: index + 1, event: 'item.imported', at: item.importedAt, actor: 'owner', device: fingerprint, itemId: item.id, details: { sha256: item.sha256 } }));

/** A vault stand-in holding the PDF and the photo, with a fixed key. */
export const dossierSource = (): BundleSource => ({
  listItems: async () => items.map(({ bytes: _bytes, ...record }) => record),
  custodyEvents: async () => events,
  async *readItemForExport(itemId: string) {
    yield items.find((item) => item.id === itemId)!.bytes;
  },
  deviceIdentity: () => ({ publicKey: publicKey.toString('base64'), fingerprint }),
  sign: (bytes: Uint8Array) => sign(null, bytes, key),
  recordExport: async () => undefined,
});

export const DOSSIER_ITEM_IDS = items.map((item) => item.id);
