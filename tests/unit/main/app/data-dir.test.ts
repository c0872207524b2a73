import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readOption, resolveDataDir } from '../../../../src-main/app/data-dir';

describe('resolveDataDir', () => {
  const fallback = () => '/default/place';
  it('prefers --data-dir, then TAMGA_DATA_DIR, then the platform default', () => {
    expect(resolveDataDir(['--data-dir', 'a'], { TAMGA_DATA_DIR: 'b' }, fallback)).toBe(resolve('a'));
    expect(resolveDataDir(['--data-dir=c'], {}, fallback)).toBe(resolve('c'));
    expect(resolveDataDir([], { TAMGA_DATA_DIR: 'b' }, fallback)).toBe(resolve('b'));
    expect(resolveDataDir([], {}, fallback)).toBe('/default/place');
  });
  it('reads options in both spellings and reports absence', () => {
    expect(readOption(['--port', '8080'], '--port')).toBe('8080');
    expect(readOption(['--port=9'], '--port')).toBe('9');
    expect(readOption(['--portal', 'x'], '--port')).toBeUndefined();
  });
});
