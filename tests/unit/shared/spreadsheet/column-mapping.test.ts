import { describe, expect, it } from 'vitest';
import { columnLetter, emptyMapping, foldLabel, guessMapping, missingRequiredFields } from '../../../../shared/spreadsheet/column-mapping';

describe('guessMapping', () => {
  it('maps English headers', () => {
    expect(guessMapping(['Title', 'Summary', 'Status', 'Date', 'Place', 'Victim', 'Article', 'Source', 'Consent'])).toEqual({
      title: 0, summary: 1, status: 2, date: 3, place: 4, people: 5, tags: 6, source: 7, consent: 8,
    });
  });

  it('maps Russian headers, in any order and case, with stray punctuation', () => {
    expect(guessMapping(['Источник', 'ДАТА:', 'Место', 'Название', 'Пострадавший', 'Статья', 'Описание', 'Статус', 'Согласие на публикацию'])).toEqual({
      title: 3, summary: 6, status: 7, date: 1, place: 2, people: 4, tags: 5, source: 0, consent: 8,
    });
  });

  it('maps Kazakh headers', () => {
    expect(guessMapping(['Атауы', 'Күні', 'Орны', 'Жәбірленуші', 'Бабы', 'Мәртебесі', 'Сипаттамасы', 'Дереккөз', 'Келісімі'])).toEqual({
      title: 0, date: 1, place: 2, people: 3, tags: 4, status: 5, summary: 6, source: 7, consent: 8,
    });
  });

  it('prefers an exact header over one that only starts with the word', () => {
    const mapping = guessMapping(['Дата публикации источника', 'Название', 'Дата']);
    expect(mapping.date).toBe(2);
  });

  it('finds a consent column written as a longer header, and leaves it unmapped when there is none', () => {
    expect(guessMapping(['ФИО', 'Согласие пострадавшего', 'Название']).consent).toBe(1);
    expect(guessMapping(['Title', 'Victim']).consent).toBeNull();
  });

  it('uses a longer header when no exact one exists', () => {
    expect(guessMapping(['Название дела', 'Дата события (приблизительно)']).date).toBe(1);
  });

  it('gives each column to one field at most and leaves unknown headers unmapped', () => {
    const mapping = guessMapping(['Title', 'Title', 'Notes for lawyer', '']);
    expect(mapping.title).toBe(0);
    expect(Object.values(mapping).filter((column) => column !== null)).toEqual([0]);
  });

  it('reports a missing title column as a missing required field', () => {
    expect(missingRequiredFields(guessMapping(['Дата', 'Место']))).toEqual(['title']);
    expect(missingRequiredFields(emptyMapping())).toEqual(['title']);
  });
});

describe('foldLabel', () => {
  it('folds case, ё and punctuation', () => {
    expect(foldLabel('  Дата  события: ')).toBe('дата события');
    expect(foldLabel('Пострадавшие (ФИО)')).toBe('пострадавшие фио');
    expect(foldLabel('Ёлка')).toBe('елка');
  });
});

describe('columnLetter', () => {
  it.each([[0, 'A'], [7, 'H'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA']])('names column %i %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
