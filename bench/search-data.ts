/**
 * Deterministic vault-sized data for the search and records benches: cases, people and events whose names and
 * places come from the seed cases (docs domain-notes §4, §7), combined and spelled the ways monitors write them:
 * Russian and Kazakh Cyrillic, Russian-style and Kazakh-style Latin, the three Kazakh Latin alphabets, and former
 * place names. Same seed, same rows, so a figure from one run compares with the next.
 */

export type CaseRow = { id: string; title: string; summary: string; place: string; personIds: string[] };
export type PersonRow = { id: string; names: string[]; description: string; affiliation: string };
export type EventRow = { id: string; caseId: string; description: string; place: string };
export type BenchData = { cases: CaseRow[]; people: PersonRow[]; events: EventRow[] };

// mulberry32: tiny, fast and good enough to spread names; Math.random cannot be seeded.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each entry: the spellings of one name; index 0 is Cyrillic, the rest Latin habits seen in the seeds.
const GIVEN: readonly string[][] = [
  ['Алнур', 'Alnur'], ['Серикжан', 'Serikzhan', 'Serikjan'], ['Дулат', 'Dulat'], ['Асет', 'Aset'], ['Лариса', 'Larisa'],
  ['Ерлан', 'Yerlan', 'Erlan'], ['Амин', 'Amin'], ['Нурбек', 'Nurbek'], ['Ержан', 'Yerzhan', 'Erzhan'], ['Сания', 'Saniya'],
  ['Макс', 'Max'], ['Талгат', 'Talgat'], ['Геннадий', 'Gennadiy', 'Genadiy'], ['Юрий', 'Yuriy', 'Yuri'], ['Ася', 'Asya'],
  ['Роман', 'Roman'], ['Мурат', 'Murat'], ['Айгүл', 'Aigul', 'Aygul'], ['Дана', 'Dana'], ['Алтынай', 'Altynai'],
  ['Қарагөз', 'Karagoz', 'Qaragöz'], ['Айдан', 'Aidan'], ['Айдар', 'Aidar', 'Aydar'], ['Асанәлі', 'Asanali'],
  ['Андрей', 'Andrey', 'Andrei'], ['Азамат', 'Azamat'], ['Арон', 'Aron'], ['Бахром', 'Bakhrom', 'Bahrom'],
  ['Лұқпан', 'Lukpan', 'Luqpan'], ['Гүлзипа', 'Gulzipa'], ['Думан', 'Duman'], ['Қасым-Жомарт', 'Kassym-Jomart', 'Kassym-Zhomart'],
  ['Евгений', 'Yevgeniy', 'Yevgeny'], ['Елжан', 'Yelzhan', 'Elzhan'], ['Нұрлан', 'Nurlan'], ['Жанар', 'Zhanar', 'Janar'],
];
const FAMILY: readonly string[][] = [
  ['Ильяшев', 'Ilyashev', "Il'yashev"], ['Бокаев', 'Bokayev', 'Bokaev'], ['Аянов', 'Ayanov'], ['Билаш', 'Bilash'],
  ['Агадил', 'Agadil'], ['Абишев', 'Abishev'], ['Харькова', 'Kharkova'], ['Балтабай', 'Baltabay', 'Baltabai'],
  ['Елеусинов', 'Eleusinov', 'Yeleusinov'], ['Кушакбаев', 'Kushakbayev', 'Kushakbaev'], ['Елшибаев', 'Elshibayev', 'Yelshibayev'],
  ['Крестьянский', 'Krestyanskiy'], ['Маленьких', 'Malenkikh'], ['Тулесова', 'Tulesova'], ['Тойкен', 'Toiken', 'Toyken'],
  ['Рейхерт', 'Reikhert', 'Reikherth'], ['Баймаганбетов', 'Baimaganbetov'], ['Айтжанов', 'Aitzhanov'], ['Шакибаева', 'Shakibaeva'],
  ['Жанай', 'Zhanai', 'Janai'], ['Туксикова', 'Tuksikova'], ['Башигулова', 'Bashigulova'], ['Байсагатов', 'Baisagatov'],
  ['Суюнбаев', 'Suyunbayev'], ['Пахотнов', 'Pakhotnov'], ['Орынбеков', 'Orynbekov'], ['Оразалы', 'Orazaly'],
  ['Атабек', 'Atabek'], ['Абдуллаев', 'Abdullaev'], ['Ахмедьяров', 'Akhmedyarov'], ['Джаукерова', 'Dzhaukerova'],
  ['Тоқаев', 'Tokayev', 'Toqaev'], ['Цой', 'Tsoi', 'Tsoy'], ['Байсакова', 'Baysakova', 'Baisakova'], ['Жовтис', 'Zhovtis'],
  ['Биртанов', 'Birtanov'], ['Асқарбекұлы', 'Askarbekuly'], ['Мамай', 'Mamai'],
];
// Kazakh surnames are also formed from a father's name: Nurbekov, Yerlanuly. Combining the two lists gives a
// long tail of rarer surnames next to the seed ones, as in a real registry.
const PATRONYMIC_SUFFIX: readonly [string, string][] = [['ов', 'ov'], ['ова', 'ova'], ['ұлы', 'uly'], ['қызы', 'kyzy']];

// Spellings of each place, current and former, in both scripts (domain-notes §7).
const PLACES: readonly string[][] = [
  ['Астана', 'Нұр-Сұлтан', 'Нур-Султан', 'Nur-Sultan', 'Nur Sultan', 'Astana', 'Akmola', 'Ақмола', 'Целиноград'],
  ['Алматы', 'Алма-Ата', 'Almaty', 'Alma-Ata'], ['Шымкент', 'Shymkent', 'Chimkent', 'Чимкент'],
  ['Ақтөбе', 'Актобе', 'Aktobe', 'Aqtöbe', 'Aktyubinsk'], ['Орал', 'Уральск', 'Oral', 'Uralsk'],
  ['Өскемен', 'Усть-Каменогорск', 'Oskemen', "O'skemen", 'Óskemen', 'Ust-Kamenogorsk'], ['Семей', 'Semey', 'Semipalatinsk'],
  ['Қызылорда', 'Кызылорда', 'Kyzylorda', 'Qyzylorda'], ['Тараз', 'Taraz', 'Zhambyl', 'Джамбул'], ['Атырау', 'Atyrau', 'Гурьев'],
  ['Қарағанды', 'Караганда', 'Karaganda', 'Qaraghandy', "Qarag'andy", 'Qaraǵandy'], ['Павлодар', 'Pavlodar'],
  ['Теміртау', 'Temirtau'], ['Ақтау', 'Aktau'], ['Қостанай', 'Костанай', 'Kostanay', 'Kustanai'], ['Көкшетау', 'Kokshetau'],
  ['Жаңаөзен', 'Жанаозен', 'Zhanaozen', 'Janaozen', 'Jańaózen'], ['Мартук', 'Martuk'], ['Ленгер', 'Lenger'],
  ['Масанчи', 'Masanchi'], ['Маканчи', 'Makanchi'], ['Мақтаарал', 'Maktaaral'], ['Бозжыра', 'Boszhyra'],
];

const CASE_TOPICS = [
  'ложная информация (ст. 274 УК)', 'разжигание розни (ст. 174 УК)', 'участие в запрещённой организации (ст. 405 УК)',
  'administrative detention after a rally', 'kettling of DPK supporters', 'death in custody', 'torture in the SIZO',
  'NGO tax inspection', 'жалоба в акимат', 'trade union liquidation', 'журналист: нападение полиции', 'штраф по ст. 489 КоАП',
  'наразылық акциясы', 'ұстау және айыппұл', 'welded stairwells during quarantine', 'data leak of a COVID patient',
];
const EVENT_TYPES = [
  'Задержан полицией', 'Вызван на допрос', 'Обыск в доме, изъят телефон', 'Detained outside the district court',
  'Fined under CAO 667', 'Held for 8 hours below zero', 'Summoned by police', 'Суд назначил 5 суток ареста',
  'Сот шешімі шықты', 'Полиция ұстады', 'Released early', 'Complaint sent to the prosecutor', 'Hunger strike began',
  'Apartment searched by KNB', 'Уволен с работы', 'Threatened by a police press officer',
];
const AFFILIATIONS = ['Көше партиясы', 'Street Party', 'DVK', 'QDT', 'DPK', 'Oyan, Qazaqstan', 'Atajurt', 'Feminita', 'KNPRK', 'Azattyq', 'Uralskaya Nedelya', 'Erkindik Kanaty', 'Kadyr-Kasiyet', ''];
const ROLES = ['activist', 'journalist', 'lawyer', 'union leader', 'blogger', 'doctor', 'белсенді', 'активист', 'адвокат'];

export type BenchSizes = { cases: number; people: number; events: number };
export const FULL_SIZES: BenchSizes = { cases: 10_000, people: 30_000, events: 50_000 };

export function generateBenchData(sizes: BenchSizes = FULL_SIZES, seed = 20_240_611): BenchData {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // A name's spelling: Cyrillic about half the time, else one of its Latin habits.
  const spell = (forms: readonly string[]): string => (random() < 0.5 ? forms[0]! : forms[1 + Math.floor(random() * (forms.length - 1))]!);
  const id = (kind: string, i: number) => `${kind}-${i.toString(16).padStart(6, '0')}`;

  const people: PersonRow[] = [];
  for (let i = 0; i < sizes.people; i++) {
    const given = pick(GIVEN);
    let family = pick(FAMILY);
    if (random() < 0.4) {
      const father = pick(GIVEN);
      const [cyr, lat] = pick(PATRONYMIC_SUFFIX);
      family = [father[0]!.split('-')[0] + cyr, father[1]!.split('-')[0] + lat];
    }
    const cyrillic = `${given[0]} ${family[0]}`;
    const latin = `${spell(given.slice(1))} ${spell(family.slice(1))}`;
    // Most people are recorded under one spelling; a third carry a second-script alias.
    const names = random() < 0.5 ? [cyrillic] : [latin];
    if (random() < 0.33) names.push(names[0] === cyrillic ? latin : cyrillic);
    people.push({ id: id('p', i), names, description: `${pick(ROLES)}, ${spell(pick(PLACES))}`, affiliation: pick(AFFILIATIONS) });
  }

  const cases: CaseRow[] = [];
  for (let i = 0; i < sizes.cases; i++) {
    const linked = Array.from({ length: 1 + Math.floor(random() * 3) }, () => people[Math.floor(random() * people.length)]!);
    const lead = linked[0]!;
    const personIds = [...new Set(linked.map((p) => p.id))];
    const place = spell(pick(PLACES));
    const year = 2011 + Math.floor(random() * 11);
    cases.push({
      id: id('c', i),
      title: `${lead.names[0]!.split(' ').pop()}: ${pick(CASE_TOPICS)} № ${year}-${(i * 7919) % 100_000}`,
      summary: `${pick(EVENT_TYPES)} in ${place}, ${year}. ${pick(AFFILIATIONS)} ${pick(ROLES)}.`,
      place,
      personIds,
    });
  }

  const events: EventRow[] = [];
  for (let i = 0; i < sizes.events; i++) {
    const c = cases[Math.floor(random() * cases.length)]!;
    // Events usually happen where their case is, spelled as the writer of that report spells it.
    const place = random() < 0.7 ? c.place : spell(pick(PLACES));
    events.push({ id: id('e', i), caseId: c.id, description: `${pick(EVENT_TYPES)} (${pick(ROLES)})`, place });
  }
  return { cases, people, events };
}

/** Typed queries: each is typed letter by letter. Cyrillic names, Latin transliterations, places, Kazakh letters. */
export const TYPED_QUERIES: readonly string[] = [
  'Ильяшев', 'Алнур Ильяшев', 'Бокаев', 'Харькова', 'Серикжан Билаш', 'Кушакбаев', 'Рейхерт', 'Тоқаев',
  'Ilyashev', "Il'yashev", 'Tokayev', 'Kassym-Jomart Tokayev', 'Kharkova', 'Yerlan Baltabay', 'Zhovtis', 'Tsoy', 'Aitzhanov',
  'Nur-Sultan', 'Нур-Султан', 'Нұр-Сұлтан', 'Astana', 'Akmola', 'Alma-Ata', 'Almaty', "Qarag'andy", 'Караганда',
  'Жаңаөзен', 'Janaozen', 'Өскемен', 'Ust-Kamenogorsk', 'Ақтөбе', 'Masanchi', 'Лұқпан Ахмедьяров',
];
