/**
 * Runs bench/*.bench.ts (optionally filtered by name), prints a table and writes bench-results.json.
 * Each bench compares itself with a reference tool measured in the same run on the same machine, so the ratio
 * means something across machines even when the absolute numbers do not.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export type Figure = {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  reference: { tool: string; value: number } | null;
  /** value / reference.value, when a reference exists (higher is better for throughput). */
  ratio: number | null;
};

export type Bench = (report: (figure: Omit<Figure, 'bench' | 'ratio'>) => void) => Promise<void>;

const round = (n: number) => Math.round(n * 1000) / 1000;

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const names = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length))
    .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)));
  const figures: Figure[] = [];
  for (const name of names) {
    const bench = (await import(join(__dirname, `${name}.bench.ts`))).default as Bench;
    process.stderr.write(`running ${name}…\n`);
    await bench((f) =>
      figures.push({ bench: name, ...f, value: round(f.value), ratio: f.reference ? round(f.value / f.reference.value) : null }),
    );
  }
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, totalMemMB: Math.round(totalmem() / 2 ** 20) };
  const rows = figures.map((f) => [f.bench, f.metric, `${f.value} ${f.unit}`, f.reference ? `${f.reference.tool}: ${round(f.reference.value)}` : '', f.ratio ?? '']);
  const header = ['bench', 'metric', 'value', 'reference', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: unknown[]) => cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.totalMemMB} MB, node ${machine.node}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  writeFileSync('bench-results.json', `${JSON.stringify({ machine, figures }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
