import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealBox, utf8 } from '../../../../src-main/vault/aes-gcm-box';
import { CustodyLog, HEAD_MARK, readCustody, type CustodyContext } from '../../../../src-main/vault/custody-log';
import { DeviceKey } from '../../../../src-main/vault/device-key';
import { lineHash, readHead } from '../../../../src-main/vault/signed-head';
import { codeOf, steppingClock, tempDir } from './temp-vault';

/** A custody log and its head in a fresh directory, with its own device and key: CustodyLog itself, no vault. */
function logFiles() {
  const dir = tempDir();
  const key = randomBytes(32);
  const context: CustodyContext = { device: DeviceKey.generate(), actor: 'owner', now: steppingClock(), key: () => key };
  return { dir, context, path: join(dir, 'custody.log'), headPath: join(dir, 'custody.head') };
}

/** A log as a vault starts it: vault.created first, carrying the head mark, then `more` entries. */
async function markedLog(more: number) {
  const files = logFiles();
  const log = await CustodyLog.create(files.path, files.headPath, files.context);
  await log.append('vault.created', undefined, { ...HEAD_MARK });
  for (let i = 0; i < more; i++) await log.append('item.viewed', `item-${i}`);
  return { ...files, log };
}

const committed = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, -1);
const headCount = async (files: { headPath: string; context: CustodyContext }) => {
  const head = await readHead(files.headPath, { device: files.context.device, key: files.context.key, label: 'tamga custody head v1' });
  return typeof head === 'object' ? head.count : head;
};
const openFds = () => readdirSync('/proc/self/fd').length;

describe('custody log: opening', () => {
  it('creates the log readable by its owner only, and never over an existing log', async () => {
    const { path, headPath, context } = await markedLog(1);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const before = readFileSync(path);
    expect(await codeOf(() => CustodyLog.create(path, headPath, context))).toBeDefined();
    expect(readFileSync(path)).toEqual(before);
    expect((await CustodyLog.open(path, headPath, context).then((log) => log.read())).report).toMatchObject({ ok: true, entries: 2 });
  });

  it('refuses a missing log, and a log whose first line is not "tamga-custody 1", as broken at entry 0', async () => {
    const { path, headPath, context } = await markedLog(1);
    await expect(CustodyLog.open(join(tempDir(), 'custody.log'), headPath, context)).rejects.toMatchObject({ code: 'custody.broken', details: { index: 0, reason: 'missing' } });
    const [, ...entries] = committed(path);
    writeFileSync(path, `${['tamga-custody 2', ...entries].join('\n')}\n`);
    await expect(CustodyLog.open(path, headPath, context)).rejects.toMatchObject({ code: 'custody.broken', details: { index: 0, reason: 'header' } });
    writeFileSync(path, '');
    await expect(CustodyLog.open(path, headPath, context)).rejects.toMatchObject({ code: 'custody.broken', details: { index: 0, reason: 'header' } });
  });

  it('opens a log that holds nothing but its header line', async () => {
    const { path, headPath, context } = logFiles();
    await CustodyLog.create(path, headPath, context);
    const log = await CustodyLog.open(path, headPath, context);
    expect(log.entryCount).toBe(0);
    expect(log.cutAtOpen).toBeUndefined();
    expect(log.firstEntry).toBeUndefined();
    expect((await log.read()).report).toEqual({ ok: true, entries: 0, tornTail: false });
  });

  it('cuts a torn tail found at open: the next append starts on a clean line', async () => {
    const { path, headPath, context } = await markedLog(1);
    appendFileSync(path, 'dGhpcyBsaW5lIHdhcyBjdXQgb2Zm');
    const log = await CustodyLog.open(path, headPath, context);
    expect((await log.read()).report).toEqual({ ok: true, entries: 2, tornTail: true });
    await log.append('item.viewed', 'after-the-crash');
    const { events, report } = await (await CustodyLog.open(path, headPath, context)).read();
    expect(report).toEqual({ ok: true, entries: 3, tornTail: false });
    expect(events.at(-1)).toMatchObject({ index: 2, event: 'item.viewed', itemId: 'after-the-crash' });
  });

  it('gives a log from before heads existed (unmarked first entry, no head) a head at open, so a later cut shows', async () => {
    const { path, headPath, context } = logFiles();
    const old = await CustodyLog.create(path, headPath, context);
    await old.append('vault.created');
    await old.append('item.viewed', 'x');
    rmSync(headPath);
    const log = await CustodyLog.open(path, headPath, context);
    expect(log.cutAtOpen).toBeUndefined();
    expect(await headCount({ headPath, context })).toBe(2);
    writeFileSync(path, `${committed(path).slice(0, 2).join('\n')}\n`);
    expect((await CustodyLog.open(path, headPath, context)).cutAtOpen).toEqual({ expected: 2, found: 1, reason: 'shorter' });
  });

  it('reports a head removed from a log marked as having one, and does not make it a new head', async () => {
    const { path, headPath, context } = await markedLog(2);
    rmSync(headPath);
    const log = await CustodyLog.open(path, headPath, context);
    expect(log.firstEntry).toMatchObject({ event: 'vault.created', details: HEAD_MARK });
    expect(log.cutAtOpen).toEqual({ expected: 3, found: 3, reason: 'headMissing' });
    expect(existsSync(headPath)).toBe(false);
  });

  it('reports a removed head when the first entry does not open either: its age is unknown, so it is not trusted', async () => {
    const { path, headPath, context } = await markedLog(2);
    const lines = committed(path);
    writeFileSync(path, `${[lines[0], `${lines[1]!.slice(0, 12)}${lines[1]![12] === 'A' ? 'B' : 'A'}${lines[1]!.slice(13)}`, ...lines.slice(2)].join('\n')}\n`);
    rmSync(headPath);
    const log = await CustodyLog.open(path, headPath, context);
    expect(log.firstEntry).toBeUndefined();
    expect(log.cutAtOpen).toEqual({ expected: 3, found: 3, reason: 'headMissing' });
    expect(existsSync(headPath)).toBe(false);
  });

  it('keeps the head of a log cut from the end as it was, so the cut shows again at every open', async () => {
    const { path, headPath, context } = await markedLog(3);
    writeFileSync(path, `${committed(path).slice(0, 3).join('\n')}\n`);
    for (let i = 0; i < 2; i++) expect((await CustodyLog.open(path, headPath, context)).cutAtOpen).toEqual({ expected: 4, found: 2, reason: 'shorter' });
    expect(await headCount({ headPath, context })).toBe(4);
  });

  it('keeps the head of a log that diverged from it, even when the log is now longer than the head', async () => {
    const { path, headPath, context, log } = await markedLog(1);
    const headBefore = readFileSync(headPath);
    await log.append('item.viewed', 'a');
    await log.append('item.viewed', 'b');
    writeFileSync(headPath, headBefore); // the head said 2 entries
    const lines = committed(path);
    writeFileSync(path, `${[...lines.slice(0, 2), lines[3]!, ...lines.slice(3)].join('\n')}\n`); // entry 1 replaced
    for (let i = 0; i < 2; i++) expect((await CustodyLog.open(path, headPath, context)).cutAtOpen).toEqual({ expected: 2, found: 4, reason: 'diverged' });
    expect(readFileSync(headPath)).toEqual(headBefore);
  });

  it('brings a head that lags one append behind (crash before the head write) up to date at open', async () => {
    const { path, headPath, context, log } = await markedLog(1);
    const headBefore = readFileSync(headPath);
    await log.append('item.viewed', 'last');
    writeFileSync(headPath, headBefore);
    expect((await CustodyLog.open(path, headPath, context)).cutAtOpen).toBeUndefined();
    expect(await headCount({ headPath, context })).toBe(3);
    // So the entry the old head did not cover is now covered: removing it is a cut.
    writeFileSync(path, `${committed(path).slice(0, 3).join('\n')}\n`);
    expect((await CustodyLog.open(path, headPath, context)).cutAtOpen).toEqual({ expected: 3, found: 2, reason: 'shorter' });
  });

  it('checks the log against the head file as well as the head in memory: a head removed while open is reported', async () => {
    const { path, headPath, log } = await markedLog(1);
    expect(await log.checkAgainstHead()).toBeUndefined();
    rmSync(headPath);
    expect(await log.checkAgainstHead()).toEqual({ expected: 2, found: 2, reason: 'headMissing' });
    writeFileSync(path, `${committed(path).slice(0, 2).join('\n')}\n`);
    expect(await log.checkAgainstHead()).toEqual({ expected: 2, found: 1, reason: 'shorter' });
  });

  it('reports a log whose header line was changed after open as broken at entry 0, and a missing log likewise', async () => {
    const { path, log } = await markedLog(1);
    writeFileSync(path, readFileSync(path, 'utf8').replace('tamga-custody 1', 'tamga-custody 9'));
    expect((await log.read()).report).toEqual({ ok: false, entries: 0, firstBrokenIndex: 0, tornTail: false });
    rmSync(path);
    expect((await log.read()).report).toEqual({ ok: false, entries: 0, firstBrokenIndex: 0, tornTail: false });
  });

  it.each([
    ['names the wrong previous entry', (at: number, lines: string[]) => ({ index: at, prev: lineHash(lines[1]!) })],
    ['names another index than the place it is sealed for', (at: number, lines: string[]) => ({ index: at + 1, prev: lineHash(lines.at(-1)!) })],
  ])('rejects an entry sealed with the log key and signed by its device, whose body %s', async (_, fields) => {
    const { path, context } = await markedLog(2);
    const lines = committed(path);
    const at = lines.length - 1;
    const forge = (body: object) => {
      const text = JSON.stringify({ ...body, event: 'item.viewed', at: '2025-01-02T00:00:00.000Z', actor: 'owner', device: context.device.fingerprint });
      const payload = JSON.stringify({ body: text, signature: context.device.sign(utf8(text)).toString('base64') });
      return sealBox(context.key(), utf8(payload), utf8(`tamga custody v1 ${at}`)).toString('base64');
    };
    // The control: the same entry with the right index and link is read.
    writeFileSync(path, `${[...lines, forge({ index: at, prev: lineHash(lines.at(-1)!) })].join('\n')}\n`);
    expect((await readCustody(path, context)).report).toEqual({ ok: true, entries: 4, tornTail: false });
    writeFileSync(path, `${[...lines, forge(fields(at, lines))].join('\n')}\n`);
    expect((await readCustody(path, context)).report).toEqual({ ok: false, entries: 3, firstBrokenIndex: 3, tornTail: false });
  });

  it('reads the log with readCustody alone, given only the device and key', async () => {
    const { path, context } = await markedLog(2);
    const { events, report } = await readCustody(path, { device: context.device, key: context.key });
    expect(report).toEqual({ ok: true, entries: 3, tornTail: false });
    expect(events.map((e) => [e.index, e.event])).toEqual([[0, 'vault.created'], [1, 'item.viewed'], [2, 'item.viewed']]);
  });

  it.runIf(existsSync('/proc/self/fd'))('leaves no file open after appends and reads', async () => {
    const { path, headPath, context, log } = await markedLog(1);
    const before = openFds();
    for (let i = 0; i < 20; i++) await log.append('item.viewed', `item-${i}`);
    await log.read();
    await CustodyLog.open(path, headPath, context);
    expect(openFds()).toBe(before);
  });
});

// Kept apart so a failure here names the directory use, not the log: a log path that is a directory is unreadable.
describe('custody log: a log that cannot be read', () => {
  it('is refused as missing', async () => {
    const { dir, headPath, context } = logFiles();
    mkdirSync(join(dir, 'custody.log'));
    await expect(CustodyLog.open(join(dir, 'custody.log'), headPath, context)).rejects.toMatchObject({ code: 'custody.broken', details: { reason: 'missing' } });
  });
});
