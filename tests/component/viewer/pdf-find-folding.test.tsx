import './pdfjs-in-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PdfViewer } from '../../../src-renderer/features/viewer/pdf/PdfViewer';
import { districtReport } from '../../fixtures/evidence/build/pdf-fixtures';
import { fixture } from './evidence-files';
import { renderViewer } from './render-viewer';

const itemId = 'a'.repeat(32);
const pageNumbers = () => screen.queryAllByTestId('pdf-page').map((p) => Number(p.dataset.pageNumber));
const status = () => screen.getByTestId('find-status');

describe('PdfViewer find folds scripts', () => {
  let report: Uint8Array;
  beforeAll(async () => {
    report = await districtReport();
  });

  it('finds Kazakh Cyrillic words typed in Latin', async () => {
    await renderViewer(<PdfViewer source={report} itemId={itemId} excerpts={[]} onCreateExcerpt={() => undefined} />);
    const find = await screen.findByRole('searchbox', { name: 'Find in document' });
    await waitFor(() => expect(status()).not.toHaveTextContent('Reading'));
    fireEvent.change(find, { target: { value: 'Tulkibas' } });
    // «Түлкібас» on pages 2 and 3.
    expect(status()).toHaveTextContent('1 of 2');
    await waitFor(() => expect(pageNumbers()).toContain(2));
    fireEvent.change(find, { target: { value: 'Serikqyzy' } });
    expect(status()).toHaveTextContent('1 of 1');
    await waitFor(() => expect(pageNumbers()).toContain(3));
    fireEvent.change(find, { target: { value: 'Kazakhstan' } });
    expect(status()).toHaveTextContent('No matches');
  });

  it('finds a word of the Russian ruling by its Latin spelling', async () => {
    await renderViewer(<PdfViewer source={fixture('court-ruling-ru.pdf')} itemId={itemId} excerpts={[]} onCreateExcerpt={() => undefined} />);
    const find = await screen.findByRole('searchbox', { name: 'Find in document' });
    await waitFor(() => expect(status()).not.toHaveTextContent('Reading'));
    fireEvent.change(find, { target: { value: 'Qazaqstan' } });
    expect(status()).toHaveTextContent('1 of 1');
    fireEvent.change(find, { target: { value: 'postanovil' } });
    expect(status()).toHaveTextContent('1 of 1');
  });

  it('opened from a search hit, shows its page with the words searched for found there', async () => {
    await renderViewer(<PdfViewer source={report} itemId={itemId} excerpts={[]} onCreateExcerpt={() => undefined} startPage={3} startFind="Tulkibas" />);
    const find = await screen.findByRole('searchbox', { name: 'Find in document' });
    expect(find).toHaveValue('Tulkibas');
    // The match on page 3 is the current one, not the first in the file.
    await waitFor(() => expect(status()).toHaveTextContent('2 of 2'));
    await waitFor(() => expect(pageNumbers()).toContain(3));
    expect(screen.getByRole('spinbutton', { name: /Page/ })).toHaveValue(3);
  });

  it('opened at a page with nothing to find, shows that page', async () => {
    await renderViewer(<PdfViewer source={report} itemId={itemId} excerpts={[]} onCreateExcerpt={() => undefined} startPage={2} />);
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: /Page/ })).toHaveValue(2));
    expect(screen.getByRole('searchbox', { name: 'Find in document' })).toHaveValue('');
  });
});
