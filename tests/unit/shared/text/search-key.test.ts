import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../../shared/text';

// Every spelling in a row must fold to one key. Names from domain-notes §4 (seed spellings and their Cyrillic
// forms) and the variant pairs and places of §7.
const SAME_PERSON_OR_PLACE: readonly (readonly string[])[] = [
  ['Макс Бокаев', 'Max Bokayev', 'Max Bokaev'],
  ['Серикжан Билаш', 'Serikzhan Bilash', 'Serikjan Bilash'],
  ['Дулат Агадил', 'Dulat Agadil'],
  ['Асет Абишев', 'Aset Abishev'],
  ['Лариса Харькова', 'Larisa Kharkova', 'Larisa Harkova'],
  ['Ерлан Балтабай', 'Yerlan Baltabay', 'Erlan Baltabai', 'Ерлан Балтабай'],
  ['Амин Елеусинов', 'Amin Yeleusinov', 'Amin Eleusinov'],
  ['Нурбек Кушакбаев', 'Nurbek Kushakbayev', 'Nurbek Kushakbaev'],
  ['Ержан Елшибаев', 'Yerzhan Yelshibayev', 'Erzhan Elshibayev'],
  ['Геннадий Крестьянский', 'Gennadiy Krestyanskiy', 'Gennady Krestyansky'],
  ['Юрий Маленьких', 'Yuriy Malenkikh', 'Yuri Malenkikh'],
  ['Ася Тулесова', 'Asya Tulesova'],
  ['Сания Тойкен', 'Saniya Toiken', 'Saniya Toyken'],
  ['Роман Рейхерт', 'Roman Reikhert', 'Roman Reikherth'],
  ['Алнур Ильяшев', 'Alnur Ilyashev', "Alnur Il'yashev", 'Alnur Il’yashev'],
  ['Тоқаев', 'Токаев', 'Tokayev', 'Tokaev', 'Toqaev', 'TOKAYEV'],
  ['Қасым-Жомарт', 'Касым-Жомарт', 'Kassym-Jomart', 'Kassym-Zhomart', 'Qasym-Jomart'],
  ['Tsoi', 'Tsoy', 'Tshoi', 'Цой'],
  ['Elzhan Birtanov', 'Yelzhan Birtanov', 'Елжан Биртанов'],
  ['Baysakova', 'Baisakova', 'Байсакова'],
  ['Yevgeniy Zhovtis', 'Yevgeny Zhovtis', 'Evgeniy Zhovtis', 'Евгений Жовтис'],
  ['Kadir Kasiet', 'Kadyr Kasiyet'],
  ['Oyan, Qazaqstan', 'Oyan Kazakstan', 'Оян, Қазақстан'],
  ['Koshe Partiyasy', 'Көше партиясы', 'Kóshe partııasy'],
  ['Қарағанды', 'Karagandy', 'Qaraǵandy', "Qarag'andy", 'Qaraghandy', 'Qarağandy'],
  ['Өскемен', 'Oskemen', 'Óskemen', "O'skemen", 'Öskemen'],
  ['Жаңаөзен', 'Жанаозен', 'Zhanaozen', 'Janaozen', 'Jańaózen', "Jan'aozen", 'Jañaözen'],
  ['Нұр-Сұлтан', 'Нур-Султан', 'Nur-Sultan', 'Nur Sultan'],
  ['Алматы', 'Almaty', 'Almatı'],
  ['Шымкент', 'Shymkent', 'Şymkent', "S'ymkent"],
  ['Ақтөбе', 'Актобе', 'Aktobe', 'Aqtóbe', 'Aqtöbe'],
  ['Қызылорда', 'Кызылорда', 'Kyzylorda', 'Qyzylorda'],
  ['Жамбыл', 'Zhambyl', 'Jambyl'],
  ['Джамбул', 'Dzhambul', 'Djambul'],
  ['Гурьев', 'Guryev', "Gur'ev"],
  ['Ақмола', 'Акмола', 'Akmola', 'Aqmola'],
  ['Целиноград', 'Tselinograd', 'Celinograd'],
  ['Мангыстау', 'Mangystau', 'Mangıstau'],
];

// Different people or places whose spellings are close; each row must give distinct keys.
const MUST_STAY_APART: readonly (readonly [string, string])[] = [
  ['Masanchi', 'Makanchi'],
  ['Масанчи', 'Маканчи'],
  ['Bokayev', 'Bokeikhanov'],
  ['Astana', 'Atyrau'],
  ['Almaty', 'Almaly'],
  ['Shymkent', 'Chimkent'],
  ['Oral', 'Uralsk'],
  ['Semey', 'Semipalatinsk'],
  ['Aktau', 'Aktobe'],
  ['Kostanay', 'Kokshetau'],
  ['Zhetisu', 'Zhezkazgan'],
  ['Aidan Baisagatov', 'Aidar Baisagatov'],
  ['DVK', 'DPK'],
  ['Feminita', 'Feminata'],
  ['Tsoi', 'Choi'],
  ['Kharkova', 'Karkova'],
  ['Erlan', 'Arlan'],
  ['Ilyashev', 'Ilyasov'],
];

describe('searchKey folds every spelling of one name to one key', () => {
  it.each(SAME_PERSON_OR_PLACE.map((row) => [row[0], row] as const))('%s', (_label, spellings) => {
    const keys = spellings.map(searchKey);
    expect(new Set(keys).size, `${spellings.join(' / ')} → ${keys.join(' / ')}`).toBe(1);
    expect(keys[0]).not.toBe('');
  });
});

describe('searchKey keeps different names apart', () => {
  it.each(MUST_STAY_APART)('%s ≠ %s', (a, b) => {
    expect(searchKey(a)).not.toBe(searchKey(b));
  });
});

describe('searchKey output', () => {
  it('spells Cyrillic in the Latin skeleton, one space between words', () => {
    expect(searchKey('  Алнур   Ильяшев  ')).toBe('alnur iliashev');
  });

  it('drops punctuation, soft and hard signs, and apostrophes without splitting the word', () => {
    expect(searchKey('«Подъезд», O’Brien; маленький!')).toBe(searchKey('Podyezd OBrien malenkii'));
    expect(searchKey("O'skemen")).toBe('oskemen');
  });

  it('reads a Latin homoglyph inside a Cyrillic word as Cyrillic, and the reverse', () => {
    // "Тoкаев" with Latin o; "Тokayev" with Cyrillic Т.
    expect(searchKey('Т\u006Fкаев')).toBe(searchKey('Токаев'));
    expect(searchKey('\u0422okayev')).toBe(searchKey('Tokayev'));
    // Cyrillic р inside a Latin word is the Latin p it looks like, not r.
    expect(searchKey('\u0440avlodar')).toBe(searchKey('Pavlodar'));
  });

  it('folds Kazakh-only letters to their Russian counterparts', () => {
    expect(searchKey('әғқңөұүһі')).toBe(searchKey('агкноуухи'));
    expect(searchKey('Фёдор')).toBe(searchKey('Федор'));
  });

  it('keeps digits and the letters of scripts it does not transliterate', () => {
    expect(searchKey('CC 174, art. 405').split(' ')).toEqual([searchKey('CC'), '174', 'art', '405']);
    expect(searchKey('新疆 Atajurt')).toBe('新疆 atajurt');
  });

  it('reads 2021 ş and ç, 2017 s\' and c\', and 2018 ý as the letters they stand for', () => {
    expect(searchKey('Şäken Çoqan')).toBe('shaken chokan');
    expect(searchKey('Şäken Çoqan')).toBe(searchKey('Шәкен Чоқан'));
    expect(searchKey("S'a'ken C'oqan")).toBe(searchKey('Şäken Çoqan'));
    expect(searchKey('Aýyl')).toBe(searchKey('Ауыл'));
  });

  it('returns an empty key for text with no letters or digits', () => {
    expect(searchKey('')).toBe('');
    expect(searchKey(' —, … «» ')).toBe('');
  });
});
