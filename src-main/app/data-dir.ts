import { resolve } from 'node:path';

/** Everything Tamga keeps lives under one directory; `--data-dir` beats `TAMGA_DATA_DIR` beats the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  const fromArgs = readOption(argv, '--data-dir');
  if (fromArgs) return resolve(fromArgs);
  if (env.TAMGA_DATA_DIR) return resolve(env.TAMGA_DATA_DIR);
  return fallback();
}

/** `--name value` or `--name=value`; undefined when absent. */
export function readOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
