import './pdfjs-in-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { PdfViewer } from '../../../src-renderer/features/viewer/pdf/PdfViewer';
import type { Excerpt } from '../../../shared/model/excerpt';
import { manyPagesPdf } from '../../fixtures/evidence/build/pdf-fixtures';
import { fixture } from './evidence-files';
import { renderViewer } from './render-viewer';

const itemId = 'a'.repeat(32);
const show = (source: Uint8Array, excerpts: Excerpt[] = [], created: Excerpt[] = []) =>
  renderViewer(<PdfViewer source={source} itemId={itemId} excerpts={excerpts} onCreateExcerpt={(e) => created.push(e)} />);
const pageNumbers = () => screen.queryAllByTestId('pdf-page').map((p) => Number(p.dataset.pageNumber));

describe('PdfViewer', () => {
  let large: Uint8Array;
  beforeAll(async () => {
    large = await manyPagesPdf(2000);
  }, 60_000);

  it('shows the document metadata and the first pages', async () => {
    await show(fixture('court-ruling-ru.pdf'));
    const metadata = await screen.findByTestId('pdf-metadata');
    expect(metadata).toHaveTextContent('Решение суда № 2-117/2024');
    expect(metadata).toHaveTextContent('tamga fixtures');
    await waitFor(() => expect(pageNumbers()).toContain(1));
    expect(screen.getByRole('spinbutton', { name: /Page/ })).toHaveValue(1);
  });

  it('finds Cyrillic text regardless of case and steps between matches', async () => {
    await show(fixture('court-ruling-ru.pdf'));
    const find = await screen.findByRole('searchbox', { name: 'Find in document' });
    await waitFor(() => expect(screen.getByTestId('find-status')).not.toHaveTextContent('Reading'));
    fireEvent.change(find, { target: { value: 'ПОСТАНОВИЛ' } });
    expect(screen.getByTestId('find-status')).toHaveTextContent('1 of 1');
    await waitFor(() => expect(pageNumbers()).toContain(2));
    fireEvent.change(find, { target: { value: 'суд' } });
    // Page 1 "районный суд" and page 2 "Суд постановил"; "Решение суда" is the document title, not page text.
    expect(screen.getByTestId('find-status')).toHaveTextContent('1 of 2');
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByTestId('find-status')).toHaveTextContent('2 of 2');
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(screen.getByTestId('find-status')).toHaveTextContent('1 of 2');
    fireEvent.change(find, { target: { value: 'отсутствует' } });
    expect(screen.getByTestId('find-status')).toHaveTextContent('No matches');
  });

  it('marks an image-only PDF as scanned with no text', async () => {
    await show(fixture('image-only.pdf'));
    expect(await screen.findByTestId('pdf-scanned')).toHaveTextContent('Scanned — no text');
  });

  it('explains a truncated PDF instead of failing', async () => {
    await show(fixture('truncated.pdf'));
    const error = await screen.findByTestId('pdf-error');
    expect(error.dataset.code).toBe('invalid');
    expect(error).toHaveTextContent('damaged or incomplete');
  });

  it('explains a password-protected PDF, in Russian too', async () => {
    await renderViewer(<PdfViewer source={fixture('encrypted.pdf')} itemId={itemId} excerpts={[]} onCreateExcerpt={() => undefined} />, 'ru');
    const error = await screen.findByTestId('pdf-error');
    expect(error.dataset.code).toBe('encrypted');
    expect(error).toHaveTextContent('защищён паролем');
  });

  it('mounts only the pages near the viewport of a 2,000-page PDF, and jumps to a page', async () => {
    await show(large);
    await waitFor(() => expect(pageNumbers().length).toBeGreaterThan(0));
    expect(pageNumbers().length).toBeLessThan(10);
    expect(screen.getAllByTestId('pdf-thumbnail').length).toBeLessThan(40);
    const box = screen.getByRole('spinbutton', { name: /Page/ });
    fireEvent.change(box, { target: { value: '1500' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(pageNumbers()).toContain(1500));
    expect(pageNumbers().length).toBeLessThan(10);
    expect(pageNumbers().every((n) => n >= 1499 && n <= 1506)).toBe(true);
    expect(box.closest('label')).toHaveTextContent('of 2000');
  }, 60_000);

  it('draws stored excerpts where their page units fall, at any zoom', async () => {
    const excerpt: Excerpt = { id: 'e'.repeat(32), itemId, page: 1, rect: { x: 72, y: 742, width: 200, height: 20 }, tags: [], createdAt: '2024-03-05T10:00:00.000Z' };
    await show(fixture('court-ruling-ru.pdf'), [excerpt]);
    const at100 = await screen.findByTestId('excerpt-highlight');
    // Page is 595×842 at scale 1: y = 842 − (742 + 20) = 80.
    expect(at100.dataset.box).toBe('72.0,80.0,200.0,20.0');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(screen.getByTestId('excerpt-highlight').dataset.box).toBe('90.0,100.0,250.0,25.0'));
  });

  it('creates an excerpt in page units from a drawn rectangle', async () => {
    const created: Excerpt[] = [];
    await show(fixture('image-only.pdf'), [], created);
    await waitFor(() => expect(pageNumbers()).toContain(1));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Draw a rectangle' }));
    const drawer = await screen.findByTestId('rectangle-drawer');
    // At 125 %, a drag from (62.5, 62.5) to (437.5, 187.5) px covers x 50…350, y (from the top) 50…150 in page units.
    act(() => {
      fireEvent.pointerDown(drawer, { clientX: 62.5, clientY: 62.5, pointerId: 1 });
      fireEvent.pointerMove(drawer, { clientX: 200, clientY: 100, pointerId: 1 });
      fireEvent.pointerUp(drawer, { clientX: 437.5, clientY: 187.5, pointerId: 1 });
    });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ itemId, page: 1, tags: [] });
    const rect = created[0]!.rect!;
    expect([rect.x, rect.y, rect.width, rect.height].map((v) => Math.round(v * 1000) / 1000)).toEqual([50, 150, 300, 100]);
  });
});
