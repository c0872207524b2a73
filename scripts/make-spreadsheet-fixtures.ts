/**
 * Writes sample spreadsheets to tests/fixtures/spreadsheets/ for trying the import by hand (`npx tsx
 * scripts/make-spreadsheet-fixtures.ts`). Tests build the same kinds of files in memory from the same builders,
 * so these files are a convenience, never the thing a test depends on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildXlsx } from '../tests/fixtures/spreadsheets/xlsx-builder';
import { toWindows1251 } from '../tests/fixtures/spreadsheets/windows-1251';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'spreadsheets');
mkdirSync(dir, { recursive: true });

// Russian-locale Excel "CSV (разделители — запятые)": `;`, CRLF, Windows-1251. Row 3 has no title, row 4 an impossible date.
const ruCsv = [
  'Название;Дата;Место;Пострадавший;Статья;Статус;Описание;Источник',
  'Задержание Алнура Ильяшева;17.04.2020;Алматы;Алнур Ильяшев;УК 274;закрыто;"Посты о «Nur Otan»; 3 года ограничения свободы";Azattyq',
  ';13.05.2020;Шымкент;;КоАП 488;;Четверо активистов;',
  'Баймаганбетов — онлайн-суд;31.02.2021;;Мурат Баймаганбетов;КоАП 667;;;',
  'Окружение на площади;10.01.2021;Алматы;"Ася Тулесова; Asya Tulesova";"МПГПП 9; МПГПП 21";открыто;"Держали 8 часов\r\nна морозе";Vlast',
].join('\r\n');
writeFileSync(join(dir, 'cases-ru-windows-1251.csv'), toWindows1251(`${ruCsv}\r\n`));

// The same Russian-locale export with a consent column, article codes written every way monitors write them, a
// season for a date, and one source named in full and then by its initials. "ст. 22" names no instrument.
const ruArticlesCsv = [
  'Название;Дата;Место;Пострадавший;Согласие;Статья;Источник',
  'Окружение на площади;10.01.2021;Алматы;"Ася Тулесова; Asya Tulesova";можно называть;"МПГПП 21; ICCPR 9";Human Rights Watch',
  'Разгон забастовки;весна 2017;Жанаозен;Роза Тулетаева;только внутреннее;CCPR-22;HRW',
  'Задержание блогера;17.04.2020;Шымкент;Серикжан Билаш;анонимно;"ICCPR art. 19; ст. 22";Азаттык',
].join('\r\n');
writeFileSync(join(dir, 'cases-ru-articles-consent-windows-1251.csv'), toWindows1251(`${ruArticlesCsv}\r\n`));

// English-locale Excel "CSV UTF-8": `,` and a BOM.
const enCsv = [
  'Title,Date,Place,Victim,Article,Status,Summary,Source',
  'Kettling in Almaty,10.01.2021,Almaty,"Saniya Toiken; Aigul Shakibaeva",ICCPR 9; ICCPR 21,open,"Held up to 8 h, below 0 °C",Vlast',
  'Kettling in Almaty,10.01.2021,Almaty,,ICCPR 9,open,Same incident reported twice,KazTAG',
  'Union leader sentenced,17.07.2019,Shymkent,Erlan Baltabay / Ерлан Балтабай,CC 189,closed,7 years and a 7-year ban,',
].join('\r\n');
writeFileSync(join(dir, 'cases-en-utf8-bom.csv'), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${enCsv}\r\n`)]));

// Kazakh headers, two sheets, one formula with a cached value and one written by a script without it.
writeFileSync(
  join(dir, 'cases-kk.xlsx'),
  buildXlsx([
    { name: 'Жиынтық', rows: [['Саны'], [{ formula: 'COUNTA(Істер!A:A)-1', cached: '3' }]] },
    {
      name: 'Істер',
      rows: [
        ['Атауы', 'Күні', 'Орны', 'Жәбірленуші', 'Бабы', 'Мәртебесі'],
        ['Серікжан Біләшті ұстау', { date: '2019-03-10' }, 'Алматы', 'Серикжан Билаш; Serikzhan Bilash', 'ҚК 174', 'жабық'],
        [{ formula: 'UPPER("Жаңаөзен")', cached: 'ЖАҢАӨЗЕН' }, { date: '2011-12-16' }, 'Жаңаөзен', '', 'ICCPR 6', 'ашық'],
        [{ formula: 'A2&" (2)"' }, '31.02.2021', 'Ақтөбе', '', '', ''],
      ],
    },
  ]),
);
console.log(`Wrote sample spreadsheets to ${dir}`);
