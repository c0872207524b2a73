import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed fixtures written by scripts/make-evidence-fixtures.ts. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join('tests/fixtures/evidence', name)));
