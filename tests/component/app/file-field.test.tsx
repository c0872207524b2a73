import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FileField } from '../../../src-renderer/app/FileField';
import { renderWithI18n } from '../render-app';

const csv = () => new File(['Название\nДело'], 'дела.csv', { type: 'text/csv' });

describe('file field', () => {
  it('reads in the app\'s language, not the browser\'s, names the chosen file and reads the same file chosen again', async () => {
    const chosen: string[] = [];
    await renderWithI18n(<FileField label="Таблица" accept=".csv" onFile={(file) => chosen.push(file.name)} />, 'ru');
    const button = screen.getByRole('button', { name: 'Выбрать файл…' });
    expect(button).toHaveAccessibleDescription('Таблица Файл не выбран');
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Таблица'), csv());
    expect(screen.getByText('дела.csv')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Таблица'), csv());
    expect(chosen).toEqual(['дела.csv', 'дела.csv']);
  });

  it('says nothing is chosen in Kazakh, and lets nothing be chosen while disabled', async () => {
    await renderWithI18n(<FileField label="Сөздік файлы" accept=".json" disabled onFile={() => undefined} />, 'kk');
    expect(screen.getByText('Файл таңдалмаған')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Файлды таңдау…' })).toBeDisabled();
  });
});
