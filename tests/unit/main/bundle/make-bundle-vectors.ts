/**
 * Regenerates tests/vectors/bundle/v1/ — run only when creating a NEW format version's folder; v1 is frozen once
 * shipped. Usage: node --import tsx tests/unit/main/bundle/make-bundle-vectors.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { writeBundle } from '../../../../src-main/bundle';
import { VECTOR_BUNDLE_ID, VECTOR_CASES, VECTOR_ITEM_IDS, VECTOR_TIME, vectorSource } from './vector-source';

const dir = join(__dirname, '..', '..', '..', 'vectors', 'bundle', 'v1');
mkdirSync(dir, { recursive: true });
const zipPath = join(dir, 'tiny-bundle.zip');
rmSync(zipPath, { force: true });
writeBundle(vectorSource(), { itemIds: VECTOR_ITEM_IDS, cases: VECTOR_CASES, out: zipPath }, { now: () => VECTOR_TIME, bundleId: () => VECTOR_BUNDLE_ID }).then(() => {
  const entries = unzipSync(readFileSync(zipPath));
  writeFileSync(join(dir, 'manifest.json'), entries['manifest.json']!);
  writeFileSync(
    join(dir, 'expected.json'),
    `${JSON.stringify({ signature: Buffer.from(entries['manifest.sig.bin']!).toString('hex'), entries: Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes).toString('hex')])) }, null, 2)}\n`,
  );
});
