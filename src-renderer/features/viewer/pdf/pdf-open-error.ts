// Why a PDF could not be opened, as a code the UI translates. The item itself is still listed and hashed: only
// the preview fails.

export type PdfOpenErrorCode = 'encrypted' | 'invalid' | 'missing' | 'aborted' | 'unreadable';

export class PdfOpenError extends Error {
  override readonly name = 'PdfOpenError';
  constructor(
    readonly code: PdfOpenErrorCode,
    override readonly cause?: unknown,
  ) {
    super(`PDF could not be opened: ${code}`);
  }

  /** pdf.js names its exceptions; matching by name works across the worker boundary, where classes are lost. */
  static from(error: unknown): PdfOpenError {
    if (error instanceof PdfOpenError) return error;
    const name = error instanceof Error || (typeof error === 'object' && error !== null) ? (error as { name?: unknown }).name : undefined;
    if (name === 'PasswordException') return new PdfOpenError('encrypted', error);
    if (name === 'InvalidPDFException') return new PdfOpenError('invalid', error);
    if (name === 'ResponseException' || name === 'MissingPDFException') return new PdfOpenError('missing', error);
    if (name === 'AbortException') return new PdfOpenError('aborted', error);
    return new PdfOpenError('unreadable', error);
  }
}
