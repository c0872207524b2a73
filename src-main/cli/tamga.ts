import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppError } from '../../shared/result';
import { coerceError, TamgaError } from '../../shared/result';
import { normalizeFingerprint } from '../../shared/ipc/channels/bundle';
import { verifyBundle } from '../bundle';
import { createVaultService, type VaultService } from '../vault';
import { restoreVault } from '../backup';
import { BundleRejected, receiveBundle, type ReceiveOptions } from '../bundle/receive-bundle';
import { withPlainBundle, type EncryptionTarget } from '../bundle/bundle-encryption';
import { exportBundleTo, exportsDirOf } from '../bundle/bundle-handlers';
import { ageRecipientsOf } from '../bundle/known-senders';
import type { KdfCost } from '../vault/kdf';
import type { Audience } from '../../shared/export/case-disclosure';
import { isLanguage, type Language } from '../../shared/i18n/resources';
import { writeFileAtomic } from '../fs/atomic-file';
import { caseDossier, caseHistory, casesTable, listCases, showCase } from './case-commands';
import { buildReport, listReports, type ReportFormat } from './report-commands';
import { describeError, printableName, USAGE } from './messages';
import { PassphrasePrompt, type PromptInput } from './passphrase-prompt';

export type CliIo = { stdin: PromptInput; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
/** Tests pass their own service factory (small KDF cost) and environment; the real entry passes neither. */
export type CliDeps = { env?: NodeJS.ProcessEnv; createService?: (dataDir: string) => VaultService; kdfFloor?: KdfCost };

export const EXIT_OK = 0;
export const EXIT_INTEGRITY = 1;
export const EXIT_USAGE = 2;
/** The bundle is whole, but nothing says its signer is who the recipient was told to expect. */
export const EXIT_UNVERIFIED_SIGNER = 3;

/** Codes that mean stored evidence or its history is damaged: exit 1, so scripts can tell it from a typo. */
const INTEGRITY_CODES = new Set(['blob.missing', 'blob.corrupt', 'blob.truncated', 'item.hashMismatch', 'item.deleted', 'item.recordUnreadable', 'custody.broken', 'custody.cut', 'records.journalDamaged', 'vault.corruptHeader', 'backup.truncated', 'backup.damaged', 'bundle.ageDamaged', 'internal']);

type Command = { name: string; args: string[]; dataDir: string | undefined };

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Command | undefined {
  const rest: string[] = [];
  let dataDir = env.TAMGA_DATA_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      const value = argv[++i];
      if (!value) return undefined;
      dataDir = value;
    } else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else rest.push(arg);
  }
  const [name, ...args] = rest;
  return name ? { name, args, dataDir: dataDir ? resolve(dataDir) : undefined } : undefined;
}

const write = (stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> =>
  new Promise((done, failed) => {
    stream.write(text, (error) => (error ? failed(error) : done()));
  });

export async function runCli(argv: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const command = parseArgs(argv, deps.env ?? process.env);
  const usage = async () => {
    await write(io.stderr, `tamga: ${describeError({ code: 'cli.usage' })}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  };
  if (command?.name === 'help' || argv.includes('--help')) {
    await write(io.stdout, `${USAGE}\n`);
    return 0;
  }
  // A recipient checks a bundle with no vault of their own: no data dir, no passphrase.
  if (command?.name === 'verify-bundle') {
    const parsed = parseVerifyBundleArgs(command.args);
    return parsed ? verifyBundleCommand(parsed, io) : usage();
  }
  if (!command || !command.dataDir || !(command.name in commands)) return usage();
  const vault = deps.createService?.(command.dataDir) ?? createVaultService({ dataDir: command.dataDir });
  const prompt = new PassphrasePrompt(io.stdin, io.stderr);
  try {
    const run = commands[command.name as keyof typeof commands];
    return await run({ vault, prompt, io, args: command.args, usage, dataDir: command.dataDir, kdfFloor: deps.kdfFloor });
  } catch (error) {
    const appError: AppError = coerceError(error, (e) => {
      if ((deps.env ?? process.env).TAMGA_DEBUG) void write(io.stderr, `${String((e as Error)?.stack ?? e)}\n`);
    });
    await write(io.stderr, `tamga: ${describeError(appError)}\n`);
    return INTEGRITY_CODES.has(appError.code) ? EXIT_INTEGRITY : EXIT_USAGE;
  } finally {
    vault.dispose();
  }
}

type Context = {
  vault: VaultService;
  prompt: PassphrasePrompt;
  io: CliIo;
  args: string[];
  usage: () => Promise<number>;
  dataDir?: string;
  /** Tests' vaults use a tiny KDF; everywhere else the minimum applies. */
  kdfFloor?: KdfCost;
};

/** `[--expect FINGERPRINT] [--yes [--name NAME]] BUNDLE`: --yes takes a signer this vault does not know. */
function parseReceiveArgs(args: readonly string[]): { path: string; options: ReceiveOptions } | undefined {
  const options: ReceiveOptions = {};
  let yes = false;
  let name: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--expect') {
      const value = args[++i];
      if (!value) return undefined;
      options.expect = normalizeFingerprint(value);
    } else if (arg === '--yes') yes = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--name') {
      name = args[++i];
      if (!name) return undefined;
    } else paths.push(arg);
  }
  if (paths.length !== 1 || (name !== undefined && !yes)) return undefined;
  if (yes) options.accept = name ? { name } : {};
  return { path: paths[0]!, options };
}

/** `--out FILE` (or `--out=FILE`) and nothing else. */
function parseOut(args: readonly string[]): string | undefined {
  if (args.length === 2 && args[0] === '--out') return args[1];
  if (args.length === 1 && args[0]!.startsWith('--out=')) return args[0]!.slice('--out='.length) || undefined;
  return undefined;
}

async function unlock({ vault, prompt }: Context): Promise<void> {
  if (vault.status().state === 'absent') throw new TamgaError('vault.missing');
  await vault.unlock(await prompt.ask('Passphrase: '));
}

const commands = {
  async init(ctx: Context): Promise<number> {
    const { vault, prompt, io } = ctx;
    if (ctx.args.length > 0) return ctx.usage();
    if (vault.status().state !== 'absent') throw new TamgaError('vault.exists');
    const passphrase = await prompt.ask('New passphrase: ');
    if (passphrase.normalize('NFC').length === 0) throw new TamgaError('vault.passphraseEmpty');
    if (prompt.isTerminal && (await prompt.ask('Repeat passphrase: ')) !== passphrase) throw new TamgaError('vault.passphraseMismatch');
    const created = await vault.create(passphrase);
    await write(
      io.stdout,
      [
        'Vault created.',
        '',
        'Recovery key (write it down and keep it apart from this computer; it opens the vault without the passphrase):',
        `  ${created.recoveryKey}`,
        '',
        'Recovery shares (any two of the three open the vault; give them to three different people):',
        ...created.recoveryShares.map((share, i) => `  ${i + 1}: ${share}`),
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  },

  async import(ctx: Context): Promise<number> {
    if (ctx.args.length === 0) return ctx.usage();
    await unlock(ctx);
    for (const path of ctx.args) {
      const { item } = await ctx.vault.importFile(path);
      await write(ctx.io.stdout, `${item.id} ${item.sha256} ${printableName(item.originalName)}\n`);
    }
    return EXIT_OK;
  },

  async list(ctx: Context): Promise<number> {
    if (ctx.args.length > 0) return ctx.usage();
    await unlock(ctx);
    for (const item of await ctx.vault.listItems()) {
      await write(ctx.io.stdout, `${item.id} ${item.sha256} ${item.size} ${printableName(item.originalName)}\n`);
    }
    return EXIT_OK;
  },

  async cat(ctx: Context): Promise<number> {
    if (ctx.args.length !== 1) return ctx.usage();
    await unlock(ctx);
    for await (const part of ctx.vault.readItem(ctx.args[0]!)) await write(ctx.io.stdout, part);
    return EXIT_OK;
  },

  async export(ctx: Context): Promise<number> {
    const parsed = parseExportArgs(ctx.args);
    if (!parsed || !ctx.dataDir) return ctx.usage();
    await unlock(ctx);
    const itemIds = parsed.itemIds.length > 0 ? parsed.itemIds : (await ctx.vault.listItems()).map((item) => item.id);
    const encryptTo = await encryptionTarget(ctx, parsed);
    const written = await exportBundleTo(ctx.vault, { itemIds, out: resolve(parsed.out), encryptTo, tempDir: exportsDirOf(ctx.dataDir) });
    // The zip's SHA-256 either way: it is what custody records and what the recipient checks once decrypted.
    await write(ctx.io.stdout, `${written.sha256} ${written.path}\n`);
    return EXIT_OK;
  },

  /** What colleagues encrypt bundles to (`export --to`, or `age -r`): safe to send, unlike the identity below. */
  async 'age-recipient'(ctx: Context): Promise<number> {
    if (ctx.args.length > 0) return ctx.usage();
    await unlock(ctx);
    await write(ctx.io.stdout, `${ctx.vault.ageRecipient()}\n`);
    return EXIT_OK;
  },

  /** This device's age secret key, for opening a bundle by hand with `age -d -i`; whoever holds it reads them all. */
  async 'age-identity'(ctx: Context): Promise<number> {
    if (ctx.args.length > 0) return ctx.usage();
    await unlock(ctx);
    await write(ctx.io.stderr, 'This key opens every bundle encrypted to this device. Keep it off shared disks and delete it after use.\n');
    await write(ctx.io.stdout, `${await ctx.vault.exportAgeSecretKey()}\n`);
    return EXIT_OK;
  },

  /** What a recipient passes to `verify-bundle --expect`: read it to them by phone or in person, never in the bundle's e-mail. */
  async fingerprint(ctx: Context): Promise<number> {
    if (ctx.args.length > 0) return ctx.usage();
    await unlock(ctx);
    await write(ctx.io.stdout, `${ctx.vault.deviceIdentity().fingerprint}\n`);
    return EXIT_OK;
  },

  async cases(ctx: Context): Promise<number> {
    const [sub, ...rest] = ctx.args;
    if (sub === 'list' && rest.length === 0) {
      await unlock(ctx);
      for (const line of await listCases(ctx.vault)) await write(ctx.io.stdout, `${line}\n`);
      return EXIT_OK;
    }
    if (sub === 'dossier') {
      const parsed = parseDossierArgs(rest);
      if (!parsed) return ctx.usage();
      await unlock(ctx);
      await writeNew(parsed.out, await caseDossier(ctx.vault, parsed.caseId, parsed));
      await write(ctx.io.stdout, `${parsed.out}\n`);
      return EXIT_OK;
    }
    if (sub === 'table') {
      const parsed = parseTableArgs(rest);
      if (!parsed) return ctx.usage();
      await unlock(ctx);
      const table = await casesTable(ctx.vault, parsed);
      await writeNew(parsed.out, table.bytes);
      await write(ctx.io.stdout, `${table.rows} ${parsed.out}\n`);
      return EXIT_OK;
    }
    const shown = sub === 'show' ? parseShowArgs(rest) : undefined;
    if (!shown) return ctx.usage();
    await unlock(ctx);
    await write(ctx.io.stdout, `${JSON.stringify(await showCase(ctx.vault, shown.caseId, shown.audience), null, 2)}\n`);
    return EXIT_OK;
  },

  async report(ctx: Context): Promise<number> {
    const [sub, ...rest] = ctx.args;
    if (sub === 'list' && rest.length === 0) {
      await unlock(ctx);
      for (const line of await listReports(ctx.vault)) await write(ctx.io.stdout, `${line}\n`);
      return EXIT_OK;
    }
    const parsed = sub === 'build' ? parseReportArgs(rest) : undefined;
    if (!parsed) return ctx.usage();
    await unlock(ctx);
    await writeNew(parsed.out, await buildReport(ctx.vault, parsed.projectId, parsed.format));
    await write(ctx.io.stdout, `${parsed.out}\n`);
    return EXIT_OK;
  },

  async receive(ctx: Context): Promise<number> {
    const parsed = parseReceiveArgs(ctx.args);
    if (!parsed) return ctx.usage();
    if (!ctx.dataDir) return ctx.usage();
    await unlock(ctx);
    const tempDir = exportsDirOf(ctx.dataDir);
    const receive = (passphrase?: string) =>
      withPlainBundle(resolve(parsed.path), tempDir, { vault: ctx.vault, passphrase }, (plain) => receiveBundle(ctx.vault, plain, parsed.options));
    let result;
    try {
      result = await receive().catch(async (error: unknown) => {
        // Asked for only when the file says it was encrypted with one; a wrong one is refused like any other.
        if (!(error instanceof TamgaError && error.code === 'bundle.agePassphraseNeeded')) throw error;
        return receive(await ctx.prompt.ask('Bundle passphrase: '));
      });
    } catch (error) {
      if (error instanceof BundleRejected) {
        for (const problem of error.problems) await write(ctx.io.stdout, `PROBLEM ${problem.code}: ${printableName(describeError(problem))}\n`);
        await write(ctx.io.stdout, `FAILED: ${describeError(error)}\n`);
        return EXIT_INTEGRITY;
      }
      if (error instanceof TamgaError && (error.code === 'bundle.unknownSigner' || error.code === 'bundle.signerMismatch')) {
        await write(ctx.io.stdout, `UNVERIFIED SIGNER ${String(error.details?.fingerprint ?? error.details?.found)}\n${describeError(error)}\n`);
        return EXIT_UNVERIFIED_SIGNER;
      }
      throw error;
    }
    const verb = result.dryRun ? 'WOULD ' : '';
    for (const file of result.files) {
      const status = file.status === 'received' ? (result.dryRun ? 'WOULD RECEIVE' : 'RECEIVED') : 'HELD';
      await write(ctx.io.stdout, `${status} ${file.itemId} ${file.sha256} ${printableName(file.originalName)}\n`);
    }
    const { records } = result;
    for (const c of records.cases) await write(ctx.io.stdout, `${verb}${c.isNew ? 'ADD' : 'MERGE'} case ${c.id} ${printableName(c.title)}\n`);
    for (const c of records.conflicts) await write(ctx.io.stdout, `CONFLICT ${c.table}/${c.id} in case ${c.caseId}: both sides changed it; this vault's version stays, the sender's is kept beside it\n`);
    for (const p of records.people) {
      await write(ctx.io.stdout, `SAME PERSON? received ${p.receivedId} ${printableName(p.names.join(' / '))} ~ here ${p.localId} ${printableName(p.localNames.join(' / '))}\n`);
    }
    const received = result.files.filter((f) => f.status === 'received').length;
    const counts = `${records.added} records added, ${records.changed} changed, ${records.kept} kept as edited here, ${records.unchanged} unchanged, ${records.conflicts.length} in conflict`;
    const from = `bundle ${result.bundleId} from ${printableName(result.sender.name)} (${result.sender.fingerprint})`;
    await write(
      ctx.io.stdout,
      result.dryRun
        ? `DRY RUN ${from}: ${received} files would be received, ${result.files.length - received} already held; ${counts}. Nothing was written.\n`
        : `OK ${from}: ${received} received, ${result.files.length - received} already held; ${counts}.\n`,
    );
    return EXIT_OK;
  },

  async backup(ctx: Context): Promise<number> {
    const out = parseOut(ctx.args);
    if (!out) return ctx.usage();
    await unlock(ctx);
    const summary = await ctx.vault.backup(resolve(out));
    await write(ctx.io.stdout, `backup ${summary.generation}: ${summary.files} files, ${summary.written} written (${summary.bytesWritten} bytes), checked ${resolve(out)}\n`);
    return EXIT_OK;
  },

  async restore(ctx: Context): Promise<number> {
    const withRecovery = ctx.args.includes('--recovery');
    const files = ctx.args.filter((arg) => arg !== '--recovery');
    if (files.length !== 1 || !ctx.dataDir) return ctx.usage();
    const opener = withRecovery ? { recoveryKey: await ctx.prompt.ask('Recovery key: ') } : { passphrase: await ctx.prompt.ask('Passphrase: ') };
    const restored = await restoreVault(resolve(files[0]!), ctx.dataDir, opener, ctx.kdfFloor);
    await write(ctx.io.stdout, `restored backup ${restored.generation} of ${restored.createdAt}: ${restored.files} files into ${ctx.dataDir}\n`);
    return EXIT_OK;
  },

  async history(ctx: Context): Promise<number> {
    if (ctx.args.length !== 1) return ctx.usage();
    await unlock(ctx);
    for (const line of await caseHistory(ctx.vault, ctx.args[0]!)) await write(ctx.io.stdout, `${line}\n`);
    return EXIT_OK;
  },

  async verify(ctx: Context): Promise<number> {
    if (ctx.args.length > 0) return ctx.usage();
    await unlock(ctx);
    const report = await ctx.vault.verify();
    for (const damaged of report.damaged) {
      const sentence = describeError({ code: damaged.code, details: { item: damaged.itemId } });
      await write(ctx.io.stdout, `DAMAGED ${damaged.itemId} ${printableName(damaged.originalName)}: ${sentence}\n`);
    }
    const { custody } = report;
    if (custody.cut) await write(ctx.io.stdout, `CUT custody log: ${describeError({ code: 'custody.cut', details: custody.cut })}\n`);
    if (custody.firstBrokenIndex !== undefined) await write(ctx.io.stdout, `BROKEN custody log: ${describeError({ code: 'custody.broken', details: { index: custody.firstBrokenIndex } })}\n`);
    if (report.records.damage) {
      const { seq, reason } = report.records.damage;
      await write(ctx.io.stdout, `BROKEN record journal: ${describeError({ code: 'records.journalDamaged', details: { seq, reason } })}\n`);
    }
    if (custody.tornTail) await write(ctx.io.stdout, 'NOTE custody log ends with an incomplete entry from an interrupted write; it was never committed.\n');
    await write(
      ctx.io.stdout,
      report.ok
        ? `OK ${report.itemsChecked} items verified; custody chain intact (${custody.entries} entries).\n`
        : `FAILED ${report.damaged.length} of ${report.itemsChecked} items damaged; custody chain ${custody.ok ? 'intact' : 'broken'}.\n`,
    );
    return report.ok ? EXIT_OK : EXIT_INTEGRITY;
  },
};

/** `show CASE-ID [--audience legal-team|publication]`; publication, the narrower, unless asked. */
function parseShowArgs(args: string[]): { caseId: string; audience: Audience } | undefined {
  let audience: Audience = 'publication';
  const ids: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === '--audience' ? args[++i] : arg.startsWith('--audience=') ? arg.slice('--audience='.length) : undefined;
    if (value !== undefined) {
      if (value !== 'legal-team' && value !== 'publication') return undefined;
      audience = value;
    } else if (arg.startsWith('-')) return undefined;
    else ids.push(arg);
  }
  return ids.length === 1 ? { caseId: ids[0]!, audience } : undefined;
}

/** A file the person named, written whole or not at all; one already there is never overwritten. */
async function writeNew(path: string, bytes: Uint8Array): Promise<void> {
  if (existsSync(path)) throw new TamgaError('bundle.outputExists', { path });
  await writeFileAtomic(path, bytes);
}

/**
 * `--name value` and `--name=value` options, and the plain arguments between them. Undefined for an option not in
 * `names`, one given twice, or one without a value, so a typo is a usage error rather than a silent default.
 */
function parseOptions(args: readonly string[], names: readonly string[]): { options: Map<string, string>; plain: string[] } | undefined {
  const options = new Map<string, string>();
  const plain: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      plain.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (!names.includes(name) || options.has(name) || !value) return undefined;
    options.set(name, value);
  }
  return { options, plain };
}

const languageOption = (value: string | undefined): Language | undefined => (value === undefined ? 'en' : isLanguage(value) ? value : undefined);

/** `dossier CASE-ID --format docx --out FILE [--audience legal-team|publication] [--lang en|ru|kk]`; publication unless asked. */
function parseDossierArgs(args: string[]): { caseId: string; out: string; audience: Audience; lang: Language } | undefined {
  const parsed = parseOptions(args, ['format', 'out', 'audience', 'lang']);
  if (!parsed || parsed.plain.length !== 1 || parsed.options.get('format') !== 'docx') return undefined;
  const out = parsed.options.get('out');
  const audience = parsed.options.get('audience') ?? 'publication';
  const lang = languageOption(parsed.options.get('lang'));
  if (!out || (audience !== 'legal-team' && audience !== 'publication') || !lang) return undefined;
  return { caseId: parsed.plain[0]!, out: resolve(out), audience, lang };
}

/** `table --format csv|xlsx --out FILE [--article ID] [--lang en|ru|kk]`. */
function parseTableArgs(args: string[]): { format: 'csv' | 'xlsx'; out: string; article?: string; lang: Language } | undefined {
  const parsed = parseOptions(args, ['format', 'out', 'article', 'lang']);
  if (!parsed || parsed.plain.length !== 0) return undefined;
  const format = parsed.options.get('format');
  const out = parsed.options.get('out');
  const lang = languageOption(parsed.options.get('lang'));
  if ((format !== 'csv' && format !== 'xlsx') || !out || !lang) return undefined;
  return { format, out: resolve(out), article: parsed.options.get('article'), lang };
}

/** `build PROJECT-ID --format docx|md --out FILE`; the report's own language decides the file's. */
function parseReportArgs(args: string[]): { projectId: string; format: ReportFormat; out: string } | undefined {
  const parsed = parseOptions(args, ['format', 'out']);
  if (!parsed || parsed.plain.length !== 1) return undefined;
  const format = parsed.options.get('format');
  const out = parsed.options.get('out');
  if ((format !== 'docx' && format !== 'md') || !out) return undefined;
  return { projectId: parsed.plain[0]!, format, out: resolve(out) };
}

type ExportArgs = { out: string; itemIds: string[]; to: string[]; passphrase: boolean };

/** `--out FILE [--to FINGERPRINT|age1…]… [--passphrase] [ITEM-ID…]`; --to and --passphrase do not mix. */
function parseExportArgs(args: string[]): ExportArgs | undefined {
  let out: string | undefined;
  const itemIds: string[] = [];
  const to: string[] = [];
  let passphrase = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--to' || arg.startsWith('--to=')) {
      const value = arg === '--to' ? args[++i] : arg.slice('--to='.length);
      if (!value) return undefined;
      to.push(value);
    } else if (arg === '--passphrase') passphrase = true;
    else if (arg.startsWith('-')) return undefined;
    else itemIds.push(arg);
  }
  if (passphrase && to.length > 0) return undefined;
  return out ? { out, itemIds, to, passphrase } : undefined;
}

/**
 * `--to` names a known sender by fingerprint (their confirmed age recipient is used) or gives an age recipient
 * outright, as `age -r` takes one; `--passphrase` asks for one (twice at a terminal).
 */
async function encryptionTarget(ctx: Context, parsed: ExportArgs): Promise<EncryptionTarget | undefined> {
  if (parsed.passphrase) {
    const passphrase = await ctx.prompt.ask('Bundle passphrase: ');
    if (ctx.prompt.isTerminal && (await ctx.prompt.ask('Repeat bundle passphrase: ')) !== passphrase) throw new TamgaError('vault.passphraseMismatch');
    return { passphrase };
  }
  if (parsed.to.length === 0) return undefined;
  const fingerprints = parsed.to.map((to) => normalizeFingerprint(to));
  const byFingerprint = await ageRecipientsOf(ctx.vault, fingerprints.filter((f): f is string => f !== undefined));
  const given = parsed.to.filter((_, i) => fingerprints[i] === undefined).map((to) => to.trim().toLowerCase());
  return { recipients: [...byFingerprint, ...given] };
}

function parseVerifyBundleArgs(args: string[]): { path: string; expect?: string } | undefined {
  const paths: string[] = [];
  let expected: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--expect') expected = args[++i] ?? '';
    else if (arg.startsWith('--expect=')) expected = arg.slice('--expect='.length);
    else if (arg.startsWith('-')) return undefined;
    else paths.push(arg);
  }
  if (paths.length !== 1) return undefined;
  if (expected === undefined) return { path: paths[0]! };
  const fingerprint = normalizeFingerprint(expected);
  return fingerprint ? { path: paths[0]!, expect: fingerprint } : undefined;
}

/**
 * Exit 0 whole and signed by the expected key, 1 with one line per problem, 2 when the file cannot be read at all,
 * 3 when it is whole but its signer was not confirmed: anyone can make a key and sign, so a valid signature alone
 * says nothing about who made the bundle.
 */
async function verifyBundleCommand({ path, expect }: { path: string; expect?: string }, io: CliIo): Promise<number> {
  const report = await verifyBundle(resolve(path));
  if (report.problems[0]?.code === 'bundle.unreadable') {
    await write(io.stderr, `tamga: ${describeError(report.problems[0])}\n`);
    return EXIT_USAGE;
  }
  // Entry names and reasons come from the archive, which may be hostile: one escaped line each.
  for (const problem of report.problems) await write(io.stdout, `PROBLEM ${problem.code}: ${printableName(describeError(problem))}\n`);
  if (!report.ok) {
    const count = `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`;
    await write(io.stdout, `FAILED ${count}${report.refused ? '; the archive was refused unread' : ''}.\n`);
    return EXIT_INTEGRITY;
  }
  const whole = `${report.filesChecked} files match the signed manifest; custody chain intact`;
  if (expect !== undefined && report.fingerprint === expect) {
    await write(io.stdout, `OK bundle ${report.bundleId}: ${whole}.\nSigned by the expected key ${report.fingerprint}.\n`);
    return EXIT_OK;
  }
  await write(
    io.stdout,
    `UNVERIFIED SIGNER ${report.fingerprint}\n` +
      (expect === undefined
        ? `Bundle ${report.bundleId} is whole (${whole}), but nothing says who signed it.\n` +
          'Ask the sender to read you their fingerprint by another channel (phone, in person), then run:\n' +
          '  tamga verify-bundle --expect THEIR-FINGERPRINT FILE\n'
        : `Bundle ${report.bundleId} is whole, but it was signed by ${report.fingerprint}, not by the expected ${expect}.\n` +
          'Someone other than the sender made or re-signed it; do not rely on it.\n'),
  );
  return EXIT_UNVERIFIED_SIGNER;
}
