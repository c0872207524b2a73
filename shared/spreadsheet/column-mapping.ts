/**
 * Which spreadsheet column feeds which case field. The guess reads header names in English, Russian and Kazakh as
 * monitors actually write them; the person checks and can change every choice before anything is imported.
 */

export const targetFields = ['title', 'summary', 'status', 'date', 'place', 'people', 'consent', 'tags', 'source'] as const;
export type TargetField = (typeof targetFields)[number];

/** Column index per field, or null when the field is not imported. */
export type ColumnMapping = Record<TargetField, number | null>;

/** A case without a title cannot be found again, so the file must say where titles are. */
export const requiredFields: readonly TargetField[] = ['title'];

/**
 * Header words per field, already in folded form (see foldLabel). Whole-header matches win over partial ones, so
 * "Дата" goes to date even when another column is called "Дата публикации источника".
 */
const headerWords: Record<TargetField, readonly string[]> = {
  title: ['title', 'case title', 'название', 'название дела', 'заголовок', 'атауы', 'атау', 'іс атауы', 'тақырып'],
  summary: ['summary', 'description', 'details', 'narrative', 'описание', 'краткое описание', 'суть', 'содержание', 'сипаттама', 'сипаттамасы', 'қысқаша мазмұны', 'мазмұны'],
  status: ['status', 'state', 'статус', 'состояние', 'мәртебе', 'мәртебесі', 'күйі', 'жағдайы'],
  date: ['date', 'incident date', 'date of incident', 'дата', 'дата события', 'дата инцидента', 'күні', 'күн', 'оқиға күні', 'уақыты'],
  place: ['place', 'location', 'city', 'region', 'место', 'местоположение', 'город', 'регион', 'населенный пункт', 'орны', 'орын', 'мекен', 'мекенжайы', 'қала', 'өңір'],
  people: ['victim', 'victims', 'people', 'persons', 'affected', 'пострадавший', 'пострадавшие', 'потерпевший', 'потерпевшие', 'лица', 'фио', 'жәбірленуші', 'жәбірленушілер', 'зардап шеккен', 'зардап шеккендер', 'адамдар', 'тұлғалар'],
  consent: ['consent', 'consent to publish', 'publication', 'согласие', 'согласие на публикацию', 'публикация', 'келісім', 'келісімі', 'жариялауға келісім', 'жариялау'],
  tags: ['article', 'articles', 'tags', 'tag', 'статья', 'статьи', 'теги', 'тег', 'бабы', 'баптар', 'бап', 'тегтер'],
  source: ['source', 'sources', 'link', 'url', 'источник', 'источники', 'ссылка', 'дереккөз', 'дереккөзі', 'көзі', 'сілтеме'],
};

/** Lower case, ё→е, punctuation and extra spaces gone: "Дата события:" and "дата  события" are the same header. */
export function foldLabel(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const emptyMapping = (): ColumnMapping =>
  Object.fromEntries(targetFields.map((field) => [field, null])) as ColumnMapping;

export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  const folded = header.map(foldLabel);
  const taken = new Set<number>();
  const claim = (matches: (name: string, word: string) => boolean): void => {
    for (const field of targetFields) {
      if (mapping[field] !== null) continue;
      const column = folded.findIndex((name, i) => !taken.has(i) && name !== '' && headerWords[field].some((word) => matches(name, word)));
      if (column >= 0) {
        mapping[field] = column;
        taken.add(column);
      }
    }
  };
  claim((name, word) => name === word);
  // Then headers that start with a known word ("Дата события (приблизительно)"), still one column per field.
  claim((name, word) => name.startsWith(`${word} `));
  return mapping;
}

/** Required fields the mapping leaves out; each is a file-level problem, not one per row. */
export const missingRequiredFields = (mapping: ColumnMapping): TargetField[] =>
  requiredFields.filter((field) => mapping[field] === null);

/** Excel's name for a 0-based column (0 → A, 26 → AA), so a person can find the column in their own sheet. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
