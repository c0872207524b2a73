#!/usr/bin/env node
// Stryker records the machine's own paths in its incremental file (the project root, temp folders in the reasons a
// mutant timed out or errored). They mean nothing on another machine and Stryker does not read them back, so
// they are replaced before the file is committed: `npm run mutate` runs this after Stryker.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/mutation/incremental.json';
const root = process.cwd();
const text = readFileSync(file, 'utf8')
  .split(JSON.stringify(root).slice(1, -1))
  .join('.')
  .replace(/\/tmp\/[\w.-]+/g, '<temp>');
writeFileSync(file, text);
