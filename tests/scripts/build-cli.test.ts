import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseVersion } from '../../src/versioning/release.ts';

// `npm run build` refusing before it renders anything: quick enough for the fast tier.
const ROOT = resolve(import.meta.dirname, '..', '..');
let work: string;

function build(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VAJS_TODAY: '2026-06-01', VAJS_CONTENT_DIR: '', VAJS_VERSIONS_DIR: '', ...env } });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'vajs-build-cli-'));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build refuses an output folder that is one of its inputs', () => {
  it.each([
    ['content', 'Väljundkaust „content“ on ehitamise sisendis „content“; ehitamine kustutaks selle. Vali muu kaust, näiteks --outDir dist.'],
    ['versions/3', 'Väljundkaust „versions/3“ on ehitamise sisendis „versions“; ehitamine kustutaks selle. Vali muu kaust, näiteks --outDir dist.'],
    ['src/pages', 'Väljundkaust „src/pages“ on ehitamise sisendis „src“; ehitamine kustutaks selle. Vali muu kaust, näiteks --outDir dist.'],
    ['.', 'Väljundkaust „.“ on projekti juurkaust; ehitamine kustutaks kogu projekti. Vali muu kaust, näiteks --outDir dist.'],
    ['..', 'Väljundkaust „..“ sisaldab projekti; ehitamine kustutaks selle. Vali muu kaust, näiteks --outDir dist.'],
  ])('--outDir %s', (outDir, message) => {
    const entries = readdirSync(join(ROOT, 'content')).length;
    const result = build(['--outDir', outDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(message);
    expect(readdirSync(join(ROOT, 'content')).length).toBe(entries);
  });

  it('answers an unknown option in one line', () => {
    const result = build(['--outdir', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[1]).toBe('Kasutus: npm run build -- [--outDir <kaust>] [--draft] [--verbose]');
  });
});

describe('npm run build with a published version deleted', () => {
  it('stops, naming the version and the commit that released it, instead of publishing the working copy', () => {
    const project = join(work, 'project');
    const content = join(project, 'content');
    const versions = join(project, 'versions');
    cpSync(join(ROOT, 'tests', 'fixtures', 'clean', 'content'), content, { recursive: true });
    mkdirSync(join(content, 'documents'));
    writeFileSync(join(content, 'documents', 's1.yaml'), 'designation: S1\ntitle: Käsiraamat\nversion: 1\nauthor: Koostaja\napproval:\n  date: 2026-01-15\n  number: "1"\nchangeNotes:\n  - Esimene.\nsource: Test\n');
    const released = releaseVersion({ contentRoot: content, shownContentRoot: 'content', versionsRoot: versions, version: 1, directive: { date: '2026-01-15', number: '1' }, author: 'Koostaja', notes: ['Esimene.'], today: '2026-06-01' });
    expect(released.ok).toBe(true);
    const git = (...args: string[]) => execFileSync('git', ['-C', project, ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    git('config', 'user.name', 'Koostaja');
    git('config', 'user.email', 'koostaja@example.org');
    git('add', '-A');
    git('commit', '-q', '--no-gpg-sign', '-m', 'Versioon 1');
    const commit = git('rev-parse', '--short=7', 'HEAD');
    rmSync(versions, { recursive: true });

    const site = join(work, 'site');
    const result = build(['--outDir', site], { VAJS_VERSIONS_DIR: versions, VAJS_BUILD_CACHE: join(work, 'cache') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`[MissingPublishedVersion] Versioon 1 on avaldatud (commit ${commit}), kuid kaust „versions/1“ puudub.`);
    expect(result.stderr).toContain('Ehitamine peatus, sest avaldatud versioon ei ole terve.');
    expect(existsSync(site)).toBe(false);
  });
});

describe('npm run build into a folder on another file system', () => {
  it('builds the site there: Astro renders it in the project, and it is moved across whole', () => {
    const site = mkdtempSync(join('/dev/shm', 'vajs-site-'));
    try {
      expect(statSync(site).dev).not.toBe(statSync(ROOT).dev);
      const result = build(['--outDir', join(site, 'dist')], { VAJS_CONTENT_DIR: join(ROOT, 'tests', 'fixtures', 'clean', 'content') });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n').at(-1)).toBe(`Valmis: ${join(site, 'dist')}/`);
      expect(readdirSync(join(site, 'dist'))).toEqual(expect.arrayContaining(['index.html', '_astro', 'pagefind']));
      expect(readdirSync(join(ROOT, 'node_modules', '.cache', 'vajs')).filter((name) => name.startsWith('site-'))).toEqual([]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
