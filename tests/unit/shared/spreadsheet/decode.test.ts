import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetText } from '../../../../shared/spreadsheet/decode';
import { toWindows1251 } from '../../../fixtures/spreadsheets/windows-1251';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string, bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
};
const utf16be = (text: string): Uint8Array => {
  const bytes: number[] = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return Uint8Array.from(bytes);
};

const header = 'Название;Дата;Место;Пострадавший\r\nЗадержание Алнура Ильяшева;17.04.2020;Алматы;Алнур Ильяшев\r\n';

describe('decodeSpreadsheetText', () => {
  it('reads the known bytes of "Дата" in Windows-1251', () => {
    expect(decodeSpreadsheetText(Uint8Array.from([0xc4, 0xe0, 0xf2, 0xe0]))).toEqual({ text: 'Дата', encoding: 'windows-1251', replacedCount: 0 });
  });

  it.each([
    ['a Russian-locale Excel CSV', header],
    ['Ё, ё, № and guillemets', 'Статья №274;«Ложная информация» — ёлка; Ёсиф'],
    ['one Cyrillic word among ASCII', 'id,title\n1,Шымкент\n'],
  ])('falls back to Windows-1251 for %s, because strict UTF-8 fails', (_, text) => {
    const decoded = decodeSpreadsheetText(toWindows1251(text));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toBe(text);
  });

  it('strips a UTF-8 BOM and keeps Kazakh letters', () => {
    const text = 'Атауы,Күні,Орны\nҚызылорда,2020-05-13,Өскемен';
    const decoded = decodeSpreadsheetText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(decoded).toEqual({ text, encoding: 'utf-8', replacedCount: 0 });
  });

  it('reads UTF-8 without a BOM as UTF-8', () => {
    expect(decodeSpreadsheetText(utf8(header))).toEqual({ text: header, encoding: 'utf-8', replacedCount: 0 });
  });

  it('reads UTF-16 with a little-endian BOM (Excel "Unicode text")', () => {
    expect(decodeSpreadsheetText(utf16le('Title\tDate\nҚазақ\t2021', true))).toMatchObject({ text: 'Title\tDate\nҚазақ\t2021', encoding: 'utf-16le' });
  });

  it('reads UTF-16 with a big-endian BOM', () => {
    expect(decodeSpreadsheetText(utf16be('Место\tДата'))).toMatchObject({ text: 'Место\tДата', encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without a BOM by its NUL bytes', () => {
    expect(decodeSpreadsheetText(utf16le('Title,Date\nAlmaty,2020', false))).toMatchObject({ text: 'Title,Date\nAlmaty,2020', encoding: 'utf-16le' });
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8 and counts the loss, instead of garbling every name', () => {
    const bytes = Uint8Array.from([...utf8('Алнур Ильяшев, Серикжан Билаш, '), 0xff, ...utf8(' Макс Бокаев')]);
    const decoded = decodeSpreadsheetText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replacedCount).toBe(1);
    expect(decoded.text).toBe('Алнур Ильяшев, Серикжан Билаш, \uFFFD Макс Бокаев');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeSpreadsheetText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', replacedCount: 0 });
  });
});
