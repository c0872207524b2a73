import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogFromData } from '../../../shared/catalog';
import { shippedData } from '../../../shared/catalog/data';
import type { Language } from '../../../shared/i18n/resources';
import { useCatalogStore } from '../../../src-renderer/features/catalog/catalog-store';
import type { Tag } from '../../../src-renderer/features/catalog/tag';
import { TagPicker } from '../../../src-renderer/features/catalog/TagPicker';
import { renderWithI18n as renderCatalog } from '../render-app';

/** Holds the tags like a record form would, and exposes every change for assertions. */
function Harness({ initial = [], suggestFrom, changes, allowNotes }: { initial?: Tag[]; suggestFrom?: string[]; changes: Tag[][]; allowNotes?: boolean }) {
  const [tags, setTags] = useState<Tag[]>(initial);
  return (
    <TagPicker
      label="Tags"
      value={tags}
      suggestFrom={suggestFrom}
      allowNotes={allowNotes}
      onChange={(next) => {
        changes.push(next);
        setTags(next);
      }}
    />
  );
}

const iccpr19: Record<Language, { name: string; remove: string }> = {
  en: { name: 'ICCPR art. 19', remove: 'Remove ICCPR art. 19' },
  ru: { name: 'ICCPR, ст. 19', remove: 'Удалить ICCPR, ст. 19' },
  kk: { name: 'ICCPR, 19-бап', remove: 'Өшіру: ICCPR, 19-бап' },
};

beforeEach(() => useCatalogStore.getState().clear());

describe('TagPicker, by keyboard alone', () => {
  const queries = ['19', 'ICCPR 19', 'expression', 'свобода выражения', 'сөз бостандығы'];
  for (const language of ['en', 'ru', 'kk'] as const) {
    it.each(queries)(`${language}: "%s" offers ICCPR art. 19 first and Enter adds it`, async (query) => {
      const user = userEvent.setup();
      const changes: Tag[][] = [];
      await renderCatalog(<Harness changes={changes} />, language);

      await user.tab();
      const combobox = screen.getByRole('combobox', { name: 'Tags' });
      expect(combobox).toHaveFocus();
      await user.keyboard(query);

      expect(combobox).toHaveAttribute('aria-expanded', 'true');
      const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
      expect(first).toHaveAccessibleName(expect.stringContaining(iccpr19[language].name));
      expect(first).toHaveAttribute('aria-selected', 'true');
      expect(combobox).toHaveAttribute('aria-activedescendant', first.id);

      await user.keyboard('{Enter}');
      expect(changes.at(-1)).toEqual([{ target: 'ICCPR-19' }]);
      expect(screen.getByRole('button', { name: iccpr19[language].remove })).toBeInTheDocument();
      expect(combobox).toHaveValue('');
      expect(combobox).toHaveAttribute('aria-expanded', 'false');
      expect(combobox).toHaveFocus();
    });
  }

  it('moves with the arrow keys, wraps, and closes on Escape without adding', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness changes={changes} />);
    await user.tab();
    await user.keyboard('expression');
    const combobox = screen.getByRole('combobox', { name: 'Tags' });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);

    await user.keyboard('{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(combobox).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);

    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(changes).toEqual([]);
    expect(combobox).toHaveValue('expression');
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    await renderCatalog(<Harness changes={[]} />);
    await user.tab();
    await user.keyboard('zzqxv');
    expect(screen.getByText('Nothing in the catalog matches “zzqxv”.')).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('TagPicker suggestions', () => {
  it('offers the articles CC 174 engages before anything is typed', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness suggestFrom={['KZ-CC-174']} changes={changes} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');

    const group = screen.getByRole('group', { name: 'Suggested' });
    const names = within(group).getAllByRole('option').map((o) => o.textContent);
    expect(names[0]).toContain('ICCPR art. 19');
    expect(names.some((n) => n?.includes('ICCPR art. 20'))).toBe(true);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(changes.at(-1)).toEqual([{ target: 'ICCPR-20' }]);
    // A chosen article stays in the list, marked as applied, and cannot be added twice.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const chosen = within(screen.getByRole('group', { name: 'Suggested' })).getAllByRole('option')[1]!;
    expect(chosen).toHaveTextContent('ICCPR art. 20');
    expect(chosen).toHaveTextContent('already applied');
    expect(chosen).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(changes).toHaveLength(1);
  });
});

describe('TagPicker with tags the record already has', () => {
  const applied: Record<Language, { query: string; name: string; marker: string; status: string }> = {
    en: { query: 'ICCPR 21', name: 'ICCPR art. 21', marker: 'already applied', status: 'ICCPR art. 21 is already applied.' },
    ru: { query: 'МПГПП 21', name: 'ICCPR, ст. 21', marker: 'уже в тегах', status: 'Уже в тегах: ICCPR, ст. 21.' },
    kk: { query: 'МПГПП 21', name: 'ICCPR, 21-бап', marker: 'бұрыннан қосылған', status: 'Бұрыннан қосылған: ICCPR, 21-бап.' },
  };
  for (const language of ['en', 'ru', 'kk'] as const) {
    it(`${language}: shows an applied article as applied instead of "no matches", and does not add it twice`, async () => {
      const user = userEvent.setup();
      const changes: Tag[][] = [];
      const { query, name, marker, status } = applied[language];
      await renderCatalog(<Harness initial={[{ target: 'ICCPR-21' }]} changes={changes} />, language);
      screen.getByRole('combobox', { name: 'Tags' }).focus();
      await user.keyboard(query);

      const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
      expect(first).toHaveTextContent(name);
      expect(first).toHaveTextContent(marker);
      expect(first).toHaveAttribute('aria-disabled', 'true');
      expect(screen.queryByText(/«МПГПП 21»|“ICCPR 21”/)).not.toBeInTheDocument();

      await user.keyboard('{Enter}');
      expect(changes).toEqual([]);
      expect(screen.getByRole('status')).toHaveTextContent(status);
    });
  }

  it('offers the articles of a convention tagged as a whole, one by one', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness initial={[{ target: 'ILO-C087' }]} changes={changes} />);
    screen.getByRole('combobox', { name: 'Tags' }).focus();
    await user.keyboard('ILO 87');

    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('already applied');
    const article3 = options.findIndex((o) => o.textContent?.includes('C087 art. 3'));
    expect(article3).toBeGreaterThan(0);
    expect(options[article3]).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{ArrowDown}'.repeat(article3) + '{Enter}');
    expect(changes.at(-1)).toEqual([{ target: 'ILO-C087' }, { target: 'ILO-C087-3' }]);
  });
});

describe('TagPicker names Kazakh codes in the reader\'s language', () => {
  it.each([
    ['en', 'Criminal Code art. 274'],
    ['ru', 'Уголовный кодекс, ст. 274'],
    ['kk', 'Қылмыстық кодекс, 274-бап'],
  ] as const)('%s: "УК 274" offers %s', async (language, name) => {
    const user = userEvent.setup();
    await renderCatalog(<Harness changes={[]} />, language);
    await user.tab();
    await user.keyboard('УК 274');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(new RegExp(`^${name} —`));
  });
});

describe('TagPicker by everyday phrase', () => {
  const phrases: [Language, string, string, string][] = [
    ['en', 'freedom of assembly', 'ICCPR art. 21', 'ICCPR-21'],
    ['ru', 'свобода собраний', 'ICCPR, ст. 21', 'ICCPR-21'],
    ['kk', 'бейбіт жиналыс бостандығы', 'ICCPR, 21-бап', 'ICCPR-21'],
    ['en', 'state of emergency', 'ICCPR art. 4', 'ICCPR-4'],
    ['ru', 'чрезвычайное положение', 'ICCPR, ст. 4', 'ICCPR-4'],
    ['kk', 'төтенше жағдай', 'ICCPR, 4-бап', 'ICCPR-4'],
  ];
  it.each(phrases)('%s: "%s" offers %s first and Enter adds it', async (language, phrase, name, target) => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness changes={changes} />, language);
    await user.tab();
    await user.keyboard(phrase);
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(new RegExp(`^${name.replace(/[.()]/g, '\\$&')} —`));
    await user.keyboard('{Enter}');
    expect(changes.at(-1)).toEqual([{ target }]);
  });
});

describe('TagPicker chips', () => {
  it('removes the last tag with Backspace on an empty field, and not while typing', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness initial={[{ target: 'ICCPR-19' }, { target: 'ICCPR-21', note: 'kettling' }]} changes={changes} />);
    // The chips' buttons and notes come first in tab order; this test is about the field itself.
    screen.getByRole('combobox', { name: 'Tags' }).focus();

    await user.keyboard('2{Backspace}');
    expect(changes).toEqual([]);
    await user.keyboard('{Backspace}');
    expect(changes.at(-1)).toEqual([{ target: 'ICCPR-19' }]);
    expect(screen.queryByRole('button', { name: 'Remove ICCPR art. 21' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Removed ICCPR art. 21.');
    await user.keyboard('{Backspace}');
    expect(changes.at(-1)).toEqual([]);
  });

  it('removes a tag with its named button and returns focus to the field', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness initial={[{ target: 'ICCPR-19' }, { target: 'ICCPR-20.2' }]} changes={changes} />);
    await user.click(screen.getByRole('button', { name: 'Remove ICCPR art. 20(2)' }));
    expect(changes.at(-1)).toEqual([{ target: 'ICCPR-19' }]);
    expect(screen.getByRole('combobox', { name: 'Tags' })).toHaveFocus();
  });

  it('keeps a note on why the article is engaged, and drops it when cleared', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness changes={changes} />);
    await user.tab();
    await user.keyboard('ICCPR 21{Enter}');
    const note = screen.getByRole('textbox', { name: 'Why ICCPR art. 21 is engaged' });
    await user.type(note, 'Kettling for 8 h');
    expect(changes.at(-1)).toEqual([{ target: 'ICCPR-21', note: 'Kettling for 8 h' }]);
    await user.clear(note);
    expect(changes.at(-1)).toEqual([{ target: 'ICCPR-21' }]);
  });

  it('offers no note field where the record cannot store notes', async () => {
    await renderCatalog(<Harness initial={[{ target: 'ICCPR-21' }]} allowNotes={false} changes={[]} />);
    expect(screen.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Why ICCPR art. 21 is engaged' })).not.toBeInTheDocument();
  });
});

describe('TagPicker labels', () => {
  it('marks a heading shown in English because Kazakh has none', async () => {
    // Every shipped heading has Kazakh now; an organisation's or a future catalog's may not.
    const data = structuredClone(shippedData) as { instruments: { id: string; articles: { number: string; heading: Record<string, string> }[] }[] };
    delete data.instruments.find((i) => i.id === 'CRC')!.articles.find((a) => a.number === '13')!.heading.kk;
    useCatalogStore.setState({ catalog: catalogFromData(data) });
    const user = userEvent.setup();
    await renderCatalog(<Harness changes={[]} />, 'kk');
    await user.tab();
    await user.keyboard('CRC 13');
    const option = screen.getAllByRole('option')[0]!;
    expect(option).toHaveTextContent("CRC, 13-бап — Child's freedom of expression (ағылшынша)");
    expect(within(option).getByText("Child's freedom of expression")).toHaveAttribute('lang', 'en');
  });

  it('shows no marker when the UI language has its own heading', async () => {
    const user = userEvent.setup();
    await renderCatalog(<Harness changes={[]} />, 'kk');
    await user.tab();
    await user.keyboard('ICCPR 19');
    const option = screen.getAllByRole('option')[0]!;
    expect(option).toHaveTextContent('ICCPR, 19-бап — Пікір және сөз бостандығы');
    expect(option).not.toHaveTextContent('(ағылшынша)');
  });
});

describe('TagPicker, a number the catalog lacks', () => {
  it.each([
    ['en', 'SDG 16.99', 'SDG 16.99 is not a target in the catalog.', 'SDG-16'],
    ['ru', 'ЦУР 16.10.1', 'Задачи SDG 16.10.1 нет в каталоге.', 'SDG-16.10'],
    ['kk', 'ICCPR 99', 'Каталогта ICCPR құжатының 99-бабы жоқ.', 'ICCPR'],
  ] as const)('%s: "%s" is refused with a warning, and Enter tags nothing in its place', async (language, query, warning, parent) => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    await renderCatalog(<Harness changes={changes} />, language);
    await user.click(screen.getByRole('combobox', { name: 'Tags' }));
    await user.keyboard(query);
    expect(screen.getByRole('alert')).toHaveTextContent(warning);
    await user.keyboard('{Enter}');
    expect(changes.flat().map((tag) => tag.target)).not.toContain(parent);
  });

  it('says nothing when the target exists', async () => {
    const user = userEvent.setup();
    await renderCatalog(<Harness changes={[]} />, 'en');
    await user.click(screen.getByRole('combobox', { name: 'Tags' }));
    await user.keyboard('SDG 16.10');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('SDG 16.10');
  });
});

describe('TagPicker, suggestions from violation types', () => {
  it('offers every article that kettling and torture engage, with none cut off, once the list is opened', async () => {
    const user = userEvent.setup();
    const changes: Tag[][] = [];
    const applied = ['VT-KETTLING', 'VT-TORTURE', 'VT-ARBITRARY-DETENTION', 'VT-DETENTION-CONDITIONS'];
    await renderCatalog(<Harness changes={changes} initial={applied.map((target) => ({ target }))} suggestFrom={applied} />, 'en');
    screen.getByRole('combobox', { name: 'Tags' }).focus();
    await user.keyboard('{ArrowDown}');
    const suggested = within(screen.getByRole('group', { name: 'Suggested' })).getAllByRole('option').map((option) => option.textContent ?? '');
    for (const name of ['ICCPR art. 9', 'ICCPR art. 12', 'ICCPR art. 21', 'ICCPR art. 7', 'CAT art. 2', 'CRPD art. 15', 'CRPD art. 14', 'ICCPR art. 10']) {
      expect(suggested.some((text) => text.startsWith(name))).toBe(true);
    }
    expect(suggested).toHaveLength(13);
  });
});
