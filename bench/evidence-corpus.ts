/**
 * A monitor's evidence folder, generated: court rulings as PDFs with Cyrillic text (pdf-lib + fontkit + DejaVu,
 * 1–20 pages), phone photos as JPEGs with Exif, screenshots as PNGs, a few MB-sized clips and one large recording.
 * Sizes and texts come from a seeded PRNG so runs compare; the bulk bytes are random so nothing is deduplicated
 * or compressible. Nothing here is downloaded.
 */
import fontkit from '@pdf-lib/fontkit';
import { randomFillSync } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { exifJpeg } from '../tests/fixtures/evidence/build/jpeg-exif';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export type CorpusKind = 'pdf' | 'jpeg' | 'png' | 'video' | 'large';
export type CorpusFile = { path: string; kind: CorpusKind; bytes: number; pages?: number; marker?: string };
export type Corpus = { files: CorpusFile[]; totalBytes: number };

const SENTENCES = [
  'Суд, рассмотрев материалы уголовного дела в открытом судебном заседании, установил следующее.',
  'Подсудимый обвиняется в совершении преступления, предусмотренного частью 2 статьи 174 УК РК.',
  'Защита заявила ходатайство о приобщении к делу видеозаписи задержания, сделанной свидетелем.',
  'Свидетель показал, что сотрудники полиции применили силу без предупреждения и законных оснований.',
  'Суд отклонил ходатайство об исключении протокола обыска как недопустимого доказательства.',
  'Доводы защиты о нарушении права на справедливое судебное разбирательство не нашли подтверждения.',
  'Назначить наказание в виде ограничения свободы сроком на пять лет с пробационным контролем.',
  'Приговор может быть обжалован в апелляционном порядке в течение пятнадцати суток со дня оглашения.',
  'Қазақстан Республикасының атынан сот үкім шығарды және іс материалдарын зерттеді.',
  'Куәгер ұстау кезінде күш қолданылғанын және адвокатқа рұқсат берілмегенін айтты.',
  'Заключение экспертизы от 12 марта 2024 года признано относимым и допустимым доказательством.',
  'Потерпевшая сторона требует компенсации морального вреда в размере двух миллионов тенге.',
];
const COURTS = ['Алматинский районный суд', 'Есильский районный суд г. Астаны', 'Специализированный межрайонный суд', 'Бостандыкский районный суд'];

/** mulberry32: tiny, seedable, good enough to choose sizes and sentences. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
type Rng = ReturnType<typeof prng>;

/** Words wrapped to lines of about `width` characters, the way a ruling is typeset in 10 pt on A4. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

async function rulingPdf(rng: Rng, font: Uint8Array, pages: number, caseNumber: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embedded = await pdf.embedFont(font, { subset: true });
  pdf.setTitle(`Решение по делу ${caseNumber}`);
  pdf.setProducer('tamga bench corpus');
  for (let p = 1; p <= pages; p++) {
    const page = pdf.addPage([595, 842]);
    const paragraphs = p === 1 ? [rng.pick(COURTS), `Дело ${caseNumber}`] : [];
    while (paragraphs.length < 8) paragraphs.push(Array.from({ length: rng.int(1, 3) }, () => rng.pick(SENTENCES)).join(' '));
    const lines = paragraphs.flatMap((text) => wrap(text, 85)).slice(0, 60);
    lines.forEach((text, i) => page.drawText(text, { x: 56, y: 790 - i * 12.5, size: 10, font: embedded }));
    page.drawText(`— ${p} —`, { x: 285, y: 30, size: 9, font: embedded });
  }
  return pdf.save();
}

/** A valid Exif JPEG padded with COM segments of random bytes to a phone photo's size (COM may hold anything). */
function photoJpeg(bytes: number): Uint8Array {
  const base = Buffer.from(exifJpeg({ corrupt: false }));
  const afterApp1 = 4 + base.readUInt16BE(4);
  const filler: Buffer[] = [];
  for (let left = bytes - base.length; left > 4; ) {
    const size = Math.min(65533, left - 4);
    const segment = Buffer.alloc(4 + size);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(size + 2, 2);
    randomFillSync(segment, 4);
    filler.push(segment);
    left -= segment.length;
  }
  return Buffer.concat([base.subarray(0, afterApp1), ...filler, base.subarray(afterApp1)]);
}

/** A real RGB PNG: a gradient with noise, deflated, so it decodes and is about as compressible as a screenshot. */
function screenshotPng(width: number, height: number): Uint8Array {
  const noise = randomFillSync(Buffer.alloc(width * height));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0, o = 0; y < height; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const n = noise[y * width + x]! & 0x3f;
      raw[o++] = (x + n) & 0xff;
      raw[o++] = (y + n) & 0xff;
      raw[o++] = (x + y) & 0xff;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** An ISO-BMFF "ftyp" box then one "mdat" box of random bytes: typed video/mp4 by magic bytes, like a phone clip. */
function writeVideo(path: string, bytes: number): void {
  const head = Buffer.alloc(40);
  head.writeUInt32BE(24, 0);
  head.write('ftypisom', 4, 'latin1');
  head.writeUInt32BE(0x200, 12);
  head.write('isomiso2', 16, 'latin1');
  head.writeUInt32BE(bytes - 24, 24);
  head.write('mdat', 28, 'latin1');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    const block = Buffer.allocUnsafe(1 << 20);
    for (let left = bytes - head.length; left > 0; left -= block.length) writeSync(fd, randomFillSync(block), 0, Math.min(left, block.length));
  } finally {
    closeSync(fd);
  }
}

/** Writes `count` files into `dir`: 30 % PDFs, 35 % JPEGs, 2 % clips, one large recording, PNGs for the rest. */
export async function generateEvidenceCorpus(dir: string, options: { count: number; largeMB: number; seed?: number }): Promise<Corpus> {
  const rng = prng(options.seed ?? 2024);
  const font = readFileSync(FONT);
  const pdfs = Math.round(options.count * 0.3);
  const jpegs = Math.round(options.count * 0.35);
  const videos = Math.max(1, Math.round(options.count * 0.02));
  const pngs = Math.max(0, options.count - pdfs - jpegs - videos - 1);
  const files: CorpusFile[] = [];
  const add = (name: string, kind: CorpusKind, data: Uint8Array, extra: Partial<CorpusFile> = {}) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    files.push({ path, kind, bytes: data.length, ...extra });
  };
  for (let i = 0; i < pdfs; i++) {
    const pages = rng.int(1, 20);
    const marker = `№ ${rng.int(1, 9)}-${100 + i}/2024`;
    add(`решение-${i}.pdf`, 'pdf', await rulingPdf(rng, font, pages, marker), { pages, marker });
  }
  for (let i = 0; i < jpegs; i++) add(`IMG_${2000 + i}.jpg`, 'jpeg', photoJpeg(rng.int(300_000, 3_000_000)));
  for (let i = 0; i < pngs; i++) add(`screenshot-${i}.png`, 'png', screenshotPng(rng.int(320, 1280), rng.int(240, 900)));
  for (let i = 0; i < videos; i++) {
    const path = join(dir, `VID_${3000 + i}.mp4`);
    const bytes = rng.int(2, 8) << 20;
    writeVideo(path, bytes);
    files.push({ path, kind: 'video', bytes });
  }
  const largePath = join(dir, 'hearing-recording.mp4');
  writeVideo(largePath, options.largeMB << 20);
  files.push({ path: largePath, kind: 'large', bytes: options.largeMB << 20 });
  return { files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}
