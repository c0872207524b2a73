import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layer fences (invariant I1)', () => {
  it('fails a renderer file that imports Node, Electron or main-process code', async () => {
    expect(await restrictedImports('src-renderer/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImports('src-renderer/planted.ts', "import fs from 'fs';\nexport const x = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('src-renderer/planted.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await restrictedImports('src-renderer/features/planted.ts', "import { createApp } from '../../src-main/app/create-app';\nexport const x = createApp;\n")).toHaveLength(1);
  });

  it('fails a shared file that reaches for Node, the DOM or an app layer', async () => {
    expect(await restrictedImports('shared/planted.ts', "import { join } from 'node:path';\nexport const x = join;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/planted.ts', "import React from 'react';\nexport const x = React;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/planted.ts', 'export const x = () => document.title;\n')).toHaveLength(1);
    expect(await restrictedImports('shared/planted.ts', "import { tamga } from '../src-renderer/platform/tamga-client';\nexport const x = tamga;\n")).toHaveLength(1);
  });

  it('fails main code outside src-main/electron that imports Electron, and main code that imports the renderer', async () => {
    expect(await restrictedImports('src-main/vault/planted.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/electron/planted.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(0);
    expect(await restrictedImports('src-main/planted.ts', "import { App } from '../src-renderer/app/App';\nexport const x = App;\n")).toHaveLength(1);
  });

  it('lets each layer import what it is allowed to', async () => {
    expect(await restrictedImports('src-main/planted.ts', "import { join } from 'node:path';\nimport { ok } from '../shared/result';\nexport const x = [join, ok];\n")).toEqual([]);
    expect(await restrictedImports('src-renderer/planted.ts', "import { ok } from '../shared/result';\nexport const x = ok;\n")).toEqual([]);
  });
});
