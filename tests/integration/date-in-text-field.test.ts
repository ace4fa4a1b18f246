import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../support/build-lock.ts';

// An unquoted date in a text field once passed the check (read as a string) and broke the build
// (Astro's own YAML reading made it a Date). The build now reads through the checker's reader, so
// both accept it, and the page shows what the author wrote.
const work = mkdtempSync(join(tmpdir(), 'vajs-date-'));
const content = join(work, 'content');
const env = { ...process.env, VAJS_CONTENT_DIR: content, VAJS_VERSIONS_DIR: join(work, 'versions'), ASTRO_TELEMETRY_DISABLED: '1' };

beforeAll(() => {
  cpSync(join('tests', 'fixtures', 'date-in-text-field', 'content'), content, { recursive: true });
  // The site needs the handbook's document (its title, version and directive) to render its pages.
  cpSync(join('content', 'documents'), join(content, 'documents'), { recursive: true });
  writeFileSync(join(content, 'organizations', 'som.yaml'), 'name: Sotsiaalministeerium\nshortName: SoM\nkind: ministeerium\nsource: 2026-01-15\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('source: 2026-01-15 in a text field', () => {
  it('passes the check', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
    expect(run.stdout).toMatch(/^Vigu ei ole;/m);
    expect(run.status).toBe(0);
  });

  it('builds, and the page shows the value as written', () => {
    const outDir = join(work, 'dist');
    const run = withBuildLock(() => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env, encoding: 'utf8' }));
    expect(run.stderr + run.stdout).not.toMatch(/InvalidContentEntryDataError|\n\s+at .+:\d+:\d+/);
    expect(run.status).toBe(0);
    expect(readFileSync(join(outDir, 'asutused', 'som', 'index.html'), 'utf8')).toContain('2026-01-15');
  });
});
