import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../../shared/spreadsheet/sniff-delimiter';

describe('sniffDelimiter', () => {
  it.each([
    ['comma (English Excel)', 'Title,Date,Place\nKettling,10.01.2021,Almaty\n', ','],
    ['semicolon (Russian and Kazakh Excel)', 'Название;Дата\nЗадержание;13.05.2020\n', ';'],
    ['tab ("Unicode text")', 'Title\tDate\nKettling\t2021-01-10', '\t'],
    ['semicolon, even when summaries are full of commas', 'Название;Описание\nДело;Задержан, оштрафован, отпущен\nДело 2;Один, два\n', ';'],
    ['semicolon, ignoring commas and semicolons inside quotes', 'Title;Summary\n"A, b; c";"x,y,z"\n"d";"e"\n', ';'],
    ['comma, when a quoted cell spans lines with semicolons', 'Title,Summary\n"Kettling","line one;\nline two; three"\n', ','],
  ])('picks %s', (_, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('falls back to comma for a single-column file, which parses the same either way', () => {
    expect(sniffDelimiter('Title\nKettling\nDetention\n')).toBe(',');
  });
});
