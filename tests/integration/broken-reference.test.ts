import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../support/build-lock.ts';

// Breaking one real reference must stop both the quick check and the full build, with a
// message that names the file, the field, the typo and the right id — and no stack trace.
const work = mkdtempSync(join(tmpdir(), 'vajs-broken-'));
const content = join(work, 'content');
const env = { ...process.env, VAJS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  const file = join(content, 'processes', 'p13.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('owner: kriisireguleerimis-ja-toimepidevuse-juht', 'owner: kriisijuht'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const expectedLines = [
  `${content}/processes/p13.yaml:`,
  'viga [UnknownReference] Väljal „owner“ on „kriisijuht“, kuid kogus „Ametikohad“ sellise id-ga kirjet ei ole.',
  'Vihje: Kas mõtlesid „kriisireguleerimis-ja-toimepidevuse-juht“? Kogu „Ametikohad“ id-d on failinimed kaustas content/positions/.',
];

describe('a typo in the owner of P13', () => {
  it('makes npm run check fail with the file, field, typo and the right id', () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const line of expectedLines) expect(run.stdout).toContain(line);
    expect(run.stdout).toMatch(/1 viga failis \S+\/processes\/p13\.yaml; \d+ hoiatust \d+ failis\.\n$/);
  });

  it('makes the build fail the same way, without a stack trace', () => {
    const outDir = join(work, 'dist');
    const run = withBuildLock(() => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env, encoding: 'utf8' }));
    expect(run.status).toBe(1);
    for (const line of expectedLines) expect(run.stderr).toContain(line);
    expect(run.stderr).toContain('Ehitamine peatus, sest sisus on vigu.');
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(() => readFileSync(join(outDir, 'index.html'))).toThrow();
  });
});
