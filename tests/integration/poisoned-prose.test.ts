import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../support/build-lock.ts';

// A hostile author's chapter and page must stop the build before anything renders: the MDX would
// write a file while compiling, the Markdown would run script in readers' browsers.
const work = mkdtempSync(join(tmpdir(), 'vajs-poison-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
const written = join(work, 'pwned.txt');
const env = { ...process.env, VAJS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };

const chapter = `---
title: Eesmärk
number: "1"
order: 1
document: s1
---

## 1.1. Eesmärk

{process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(written)}, "x")}

import fs from "node:fs"
`;

const page = `---
title: Taust
order: 1
source: S1
---

Tekst.

<img src="logo.png"
onerror="alert(1)">

[siit][r]

[r]: java&#115;cript:alert(2)
`;

beforeAll(() => {
  cpSync('tests/fixtures/clean/content', content, { recursive: true });
  cpSync('tests/fixtures/invalid-mdx/content/documents', join(content, 'documents'), { recursive: true });
  mkdirSync(join(content, 'handbook'));
  mkdirSync(join(content, 'pages'));
  writeFileSync(join(content, 'handbook', '1-eesmark.mdx'), chapter);
  writeFileSync(join(content, 'pages', 'taust.md'), page);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const expectedLines = [
  `${content}/handbook/1-eesmark.mdx:10`,
  '[ProseExpression] Peatükis on avaldis „{process.getBuiltinModule("fs").writeFileSync(',
  '[ProseImport] Peatükis on MDX-i lause „import fs from "node:fs"“, mida käsiraamat ei luba: peatükk ei impordi ega ekspordi midagi. (rida 12)',
  `${content}/pages/taust.md:9`,
  '[UnsafeHtml] Tekstis on HTML-elemendil „<img>“ atribuut „onerror“, mida käsiraamat ei luba.',
  '[UnsafeUrl] Tekstis on viite definitsioon aadressiga „javascript:alert(2)“, mida käsiraamat ei luba. (rida 14)',
];

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(folder, name)).isFile());
}

describe('a poisoned chapter and page', () => {
  it('make npm run check fail with file, line and construct', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const line of expectedLines) expect(run.stdout).toContain(line);
    expect(existsSync(written)).toBe(false);
  });

  it('make the build refuse before rendering, so nothing of the poison reaches the out dir', () => {
    const run = withBuildLock(() => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env, encoding: 'utf8' }));
    expect(run.status).toBe(1);
    for (const line of expectedLines) expect(run.stderr).toContain(line);
    expect(run.stderr).toContain('Ehitamine peatus, sest sisus on vigu.');
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(written)).toBe(false);
    for (const file of filesUnder(outDir)) {
      const text = readFileSync(join(outDir, file), 'utf8');
      for (const poison of ['onerror', 'javascript:', 'getBuiltinModule', 'node:fs']) expect(text, file).not.toContain(poison);
    }
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
