// Component tests run on Node 20, where pdf.js's modern build needs Promise.withResolvers and friends; the legacy
// build is the same library with polyfills. Its worker is loaded into this thread ("fake worker"), the way pdf.js
// runs under Node, so tests exercise the real parser. Import this before anything that imports pdfjs-dist.
import { vi } from 'vitest';

vi.mock('pdfjs-dist', () => import('pdfjs-dist/legacy/build/pdf.mjs'));

// @ts-expect-error pdfjs-dist ships no types for the worker module; only its presence matters here.
const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
