import './pdfjs-in-node';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../src-renderer/features/viewer';
import { PdfOpenError } from '../../../src-renderer/features/viewer/pdf/pdf-open-error';
import { manyPagesPdf, RULING_PAGE_2, RULING_TITLE } from '../../fixtures/evidence/build/pdf-fixtures';
import { encryptedPdf } from '../../fixtures/evidence/build/encrypted-pdf';
import { fixture } from './evidence-files';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected extraction to fail');
    },
    (error: unknown) => error,
  );

describe('extractPdfText', () => {
  it('extracts the Cyrillic sentence on page 2 exactly, with the document info', async () => {
    const text = await extractPdfText(fixture('court-ruling-ru.pdf'));
    expect(text.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(text.pages[1]!.text).toContain(RULING_PAGE_2);
    expect(text.pages[1]!.text).toContain('Қазақстан Республикасы атынан');
    expect(text.pages[0]!.text).not.toContain(RULING_PAGE_2);
    expect(text.hasTextLayer).toBe(true);
    expect(text.info).toEqual({
      pages: 3,
      producer: 'tamga fixtures',
      creator: 'make-evidence-fixtures',
      title: RULING_TITLE,
      creationDate: '2024-03-05T10:00:00.000Z',
    });
  });

  it('reports an image-only PDF as having no text layer', async () => {
    const text = await extractPdfText(fixture('image-only.pdf'));
    expect(text.hasTextLayer).toBe(false);
    expect(text.pages).toEqual([{ page: 1, text: '' }]);
  });

  it('gives a typed "invalid" error for a truncated PDF', async () => {
    const error = await failureOf(extractPdfText(fixture('truncated.pdf')));
    expect(error).toBeInstanceOf(PdfOpenError);
    expect((error as PdfOpenError).code).toBe('invalid');
  });

  it('gives a typed "encrypted" error for a password-protected PDF', async () => {
    const error = await failureOf(extractPdfText(fixture('encrypted.pdf')));
    expect(error).toBeInstanceOf(PdfOpenError);
    expect((error as PdfOpenError).code).toBe('encrypted');
  });

  it('the encrypted fixture is real encryption: pdf.js reads it with the password', async () => {
    const { getDocument } = await import('pdfjs-dist');
    const doc = await getDocument({ data: encryptedPdf('tamga-fixture'), password: 'tamga-fixture', isEvalSupported: false }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    expect(content.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('Sealed statement');
    await doc.destroy();
  });

  it('extracts all 2,000 pages of a large PDF, including the last', async () => {
    const text = await extractPdfText(await manyPagesPdf(2000));
    expect(text.info.pages).toBe(2000);
    expect(text.pages).toHaveLength(2000);
    expect(text.pages[1999]).toEqual({ page: 2000, text: 'Страница 2000 последняя' });
    expect(text.pages[999]!.text).toBe('Страница 1000');
  }, 120_000);

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(extractPdfText(fixture('court-ruling-ru.pdf'), { signal: controller.signal }));
    expect((error as PdfOpenError).code).toBe('aborted');
  });
});
