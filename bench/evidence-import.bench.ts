/**
 * A realistic evidence folder (bench/evidence-corpus.ts: PDFs, Exif JPEGs, PNGs, clips, one large recording)
 * imported file by file through the vault service, against `openssl dgst -sha256` over the same files (the floor:
 * every import must at least hash every byte). Then text extraction of every PDF with the app's extractPdfText
 * (pdf.js, legacy build, in this process as the component tests run it) against poppler's `pdftotext`.
 * TAMGA_BENCH_FILES (default 500) and TAMGA_BENCH_LARGE_MB (default 200) shrink the corpus for quick runs;
 * TAMGA_BENCH_DIR puts it elsewhere (a tmpfs separates CPU cost from disk speed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { PdfText } from '../shared/evidence/pdf-text';
import { createVaultService } from '../src-main/vault';
import { generateEvidenceCorpus, type CorpusFile } from './evidence-corpus';
import type { Bench } from './harness';

const count = Number(process.env.TAMGA_BENCH_FILES ?? 500);
const largeMB = Number(process.env.TAMGA_BENCH_LARGE_MB ?? 200);
const benchDir = process.env.TAMGA_BENCH_DIR ?? tmpdir();
const MB = 2 ** 20;

const seconds = (start: number) => (performance.now() - start) / 1000;
const sizeOf = (files: CorpusFile[]) => files.reduce((sum, f) => sum + f.bytes, 0) / MB;

function timeTool(cmd: string, args: string[]): number {
  const start = performance.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  return seconds(start);
}

type ExtractPdfText = (data: Uint8Array) => Promise<PdfText>;

/**
 * The renderer's extractor, loaded the way vitest loads it: through Vite, so its `?url` worker import resolves,
 * with `pdfjs-dist` pointed at the legacy build (Node 20 lacks what the modern one needs) and pdf.js's worker
 * running on this thread, exactly as tests/component/viewer/pdfjs-in-node.ts sets it up.
 */
async function loadExtractor(): Promise<{ extract: ExtractPdfText; close: () => Promise<void> }> {
  const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(workerModule);
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { alias: [{ find: /^pdfjs-dist$/, replacement: 'pdfjs-dist/legacy/build/pdf.mjs' }] },
  });
  const module = (await server.ssrLoadModule('/src-renderer/features/viewer/pdf/extract-pdf-text.ts')) as { extractPdfText: ExtractPdfText };
  return { extract: module.extractPdfText, close: () => server.close() };
}

/** Fails the run rather than report a speed for text that was not actually extracted. */
function checkText(tool: string, file: CorpusFile, pages: string[]): void {
  const text = pages.join('\n');
  if (pages.length !== file.pages || !text.includes(`Дело ${file.marker!}`)) {
    throw new Error(`${tool} lost text in ${file.path}: ${pages.length}/${file.pages} pages, marker ${file.marker}`);
  }
}

const bench: Bench = async (report) => {
  const dir = mkdtempSync(join(benchDir, 'tamga-bench-evidence-'));
  try {
    const sources = join(dir, 'evidence');
    mkdirSync(sources);
    const generating = performance.now();
    const { files, totalBytes } = await generateEvidenceCorpus(sources, { count, largeMB });
    const pdfs = files.filter((f) => f.kind === 'pdf');
    const small = files.filter((f) => f.kind !== 'large');
    const large = files.filter((f) => f.kind === 'large');
    const totalPages = pdfs.reduce((sum, f) => sum + f.pages!, 0);
    process.stderr.write(
      `  corpus: ${files.length} files, ${(totalBytes / MB).toFixed(0)} MB, ${pdfs.length} PDFs with ${totalPages} pages, in ${seconds(generating).toFixed(1)} s\n`,
    );
    execFileSync('sync'); // let writeback finish so it does not slow the runs below

    // The reference, on warm caches like the vault's reads: one openssl over all the files, then over the large one.
    const allPaths = files.map((f) => f.path);
    timeTool('openssl', ['dgst', '-sha256', ...allPaths]);
    const opensslAll = timeTool('openssl', ['dgst', '-sha256', ...allPaths]);
    const opensslSmall = timeTool('openssl', ['dgst', '-sha256', ...small.map((f) => f.path)]);
    const opensslLarge = timeTool('openssl', ['dgst', '-sha256', ...large.map((f) => f.path)]);
    // The I/O floor for the large file: a plain copy with fsync, no hashing or encryption.
    const copyLarge = timeTool('dd', [`if=${large[0]!.path}`, `of=${join(dir, 'copy.bin')}`, 'bs=1M', 'conv=fsync', 'status=none']);
    rmSync(join(dir, 'copy.bin'));

    const vault = createVaultService({ dataDir: join(dir, 'data') });
    await vault.create('bench passphrase');
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 10);
    const importAll = async (batch: CorpusFile[]) => {
      const start = performance.now();
      for (const file of batch) await vault.importFile(file.path);
      return seconds(start);
    };
    const smallSeconds = await importAll(small);
    const largeSeconds = await importAll(large);
    clearInterval(sampler);
    const items = await vault.listItems();
    if (items.length !== files.length) throw new Error(`imported ${items.length} of ${files.length} files`);
    const types = new Set(items.map((i) => i.mediaType));
    for (const mime of ['application/pdf', 'image/jpeg', 'image/png', 'video/mp4']) if (!types.has(mime)) throw new Error(`no item typed ${mime}`);
    vault.dispose();

    const allSeconds = smallSeconds + largeSeconds;
    const mbAll = totalBytes / MB;
    report({ metric: `import ${files.length} files (${mbAll.toFixed(0)} MB), files/s`, value: files.length / allSeconds, unit: 'files/s', reference: { tool: 'openssl dgst -sha256', value: files.length / opensslAll } });
    report({ metric: `import ${files.length} files, MB/s`, value: mbAll / allSeconds, unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: mbAll / opensslAll } });
    report({ metric: `import ${small.length} files without the large one`, value: small.length / smallSeconds, unit: 'files/s', reference: { tool: 'openssl dgst -sha256', value: small.length / opensslSmall } });
    report({ metric: `  same, ${sizeOf(small).toFixed(0)} MB`, value: sizeOf(small) / smallSeconds, unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: sizeOf(small) / opensslSmall } });
    report({ metric: `import the ${largeMB} MB recording`, value: largeMB / largeSeconds, unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: largeMB / opensslLarge } });
    report({ metric: '  same vs plain copy', value: largeMB / largeSeconds, unit: 'MB/s', reference: { tool: 'dd conv=fsync', value: largeMB / copyLarge } });
    report({ metric: 'import peak RSS growth', value: (rssPeak - rssBefore) / MB, unit: 'MB', reference: null });

    // Extraction: each PDF from bytes in memory (as the renderer gets them over IPC), one at a time.
    const { extract, close } = await loadExtractor();
    try {
      const bytes = pdfs.map((f) => new Uint8Array(readFileSync(f.path)));
      await extract(bytes[0]!); // first-use cost (pdf.js's fake worker set-up) is not per-page cost
      const start = performance.now();
      for (const [i, file] of pdfs.entries()) checkText('extractPdfText', file, (await extract(bytes[i]!)).pages.map((p) => p.text));
      const pdfjsSeconds = seconds(start);

      execFileSync('pdftotext', [pdfs[0]!.path, '-']);
      const popplerStart = performance.now();
      for (const file of pdfs) {
        // One process per file, as a caller of the CLI would run it; pages end in form feeds.
        const out = execFileSync('pdftotext', ['-enc', 'UTF-8', file.path, '-'], { maxBuffer: 1 << 28 }).toString('utf8');
        checkText('pdftotext', file, out.split('\f').slice(0, -1));
      }
      const popplerSeconds = seconds(popplerStart);
      report({ metric: `extractPdfText, ${pdfs.length} PDFs / ${totalPages} pages`, value: totalPages / pdfjsSeconds, unit: 'pages/s', reference: { tool: 'pdftotext', value: totalPages / popplerSeconds } });
    } finally {
      await close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
