// Writes the small evidence files the viewer tests open: `npx tsx scripts/make-evidence-fixtures.ts`.
// Every file is built by code in tests/fixtures/evidence/build (no downloaded samples), so what each fixture
// claims is reviewable. Outputs are committed; the 2,000-page PDF is generated inside its test instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { courtRuling, imageOnlyPdf, truncate } from '../tests/fixtures/evidence/build/pdf-fixtures';
import { encryptedPdf } from '../tests/fixtures/evidence/build/encrypted-pdf';
import { exifJpeg } from '../tests/fixtures/evidence/build/jpeg-exif';
import { wavTone } from '../tests/fixtures/evidence/build/wav';

const OUT = 'tests/fixtures/evidence';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const ruling = await courtRuling();
  const files: Record<string, Uint8Array> = {
    'court-ruling-ru.pdf': ruling,
    'image-only.pdf': await imageOnlyPdf(),
    'truncated.pdf': truncate(ruling),
    'encrypted.pdf': encryptedPdf('tamga-fixture'),
    'photo-exif.jpg': exifJpeg({ corrupt: false }),
    'photo-corrupt-exif.jpg': exifJpeg({ corrupt: true }),
    'tone.wav': wavTone({ seconds: 1, sampleRate: 8000 }),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
