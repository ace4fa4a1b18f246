import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `npm run release` as the quality manager runs it, in a project folder of its own.
const SCRIPT = resolve(import.meta.dirname, '..', '..', 'scripts', 'release.ts');
let project: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, VAJS_TODAY: '2026-06-01', VAJS_CONTENT_DIR: '', VAJS_VERSIONS_DIR: '' } });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'vajs-release-cli-'));
  cpSync(resolve(import.meta.dirname, '..', 'fixtures', 'clean', 'content'), join(project, 'content'), { recursive: true });
  mkdirSync(join(project, 'content', 'documents'));
  writeFileSync(join(project, 'content', 'documents', 's1.yaml'), 'designation: S1\ntitle: Käsiraamat\nversion: 1\nauthor: Koostaja\napproval:\n  date: 2026-01-15\n  number: "2"\nchangeNotes:\n  - Esimene.\nsource: Test\n');
  writeFileSync(join(project, 'notes.txt'), '- Esimene versioon.\n\n- Teine märkus.\n');
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('npm run release', () => {
  it('asks in Estonian when given no arguments, shows what it will publish, and publishes after jah', () => {
    const answers = ['', '15.01.2026', '2', 'Koostaja', 'Esimene versioon.', '', 'jah', ''].join('\n');
    const result = spawnSync(process.execPath, [SCRIPT], { cwd: project, encoding: 'utf8', input: answers, env: { ...process.env, VAJS_TODAY: '2026-06-01', VAJS_CONTENT_DIR: '', VAJS_VERSIONS_DIR: '' } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Avaldatud versioone veel ei ole. Esimene versioon avaldatakse kaustast content.');
    expect(result.stdout).toContain('Versiooni number [1]: Käskkirja kuupäev (pp.kk.aaaa): Käskkirja number: Koostaja: ');
    expect(result.stdout).toContain('Avaldatakse versioon 1, kinnitatud käskkirjaga 15.01.2026 nr 2, koostaja Koostaja.\nMuudatuste loetelu:\n  – Esimene versioon.');
    expect(result.stdout).toMatch(/Kas avaldan versiooni 1\? \(jah\/ei\): Avaldatud versioon 1 kaustas versions\/1: \d+ faili, SHA-256 [0-9a-f]{64}\./);
    expect(result.status).toBe(0);
    expect(existsSync(join(project, 'versions', '1', 'manifest.json'))).toBe(true);
  });

  it('publishes nothing when the answer is ei', () => {
    const answers = ['', '15.01.2026', '2', 'Koostaja', 'Esimene versioon.', '', 'ei', ''].join('\n');
    const result = spawnSync(process.execPath, [SCRIPT], { cwd: project, encoding: 'utf8', input: answers, env: { ...process.env, VAJS_TODAY: '2026-06-01', VAJS_CONTENT_DIR: '', VAJS_VERSIONS_DIR: '' } });
    expect(result.stdout.trim().split('\n').at(-1)).toBe('Kas avaldan versiooni 1? (jah/ei): Versiooni ei avaldatud; midagi ei kirjutatud.');
    expect(result.status).toBe(0);
    expect(existsSync(join(project, 'versions', '1'))).toBe(false);
  });

  it('answers a malformed directive in one line with the usage, exit code 2, and writes nothing', () => {
    const result = run('--version', '1', '--directive', '2026-01-15 nr 2', '--author', 'Koostaja', '--notes', 'notes.txt');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      '--directive peab olema kujul „15.01.2026 nr 2“ (päris kuupäev, siis nr ja käskkirja number), mitte „2026-01-15 nr 2“.\nKasutus: npm run release -- --version <n> --directive "<pp.kk.aaaa> nr <n>" --author "<nimi>" --notes <fail>',
    );
    expect(existsSync(join(project, 'versions'))).toBe(false);
  });

  it('publishes the working copy and says where, with the notes one per line', () => {
    const result = run('--version', '1', '--directive', '15.01.2026 nr 2', '--author', 'Koostaja', '--notes', 'notes.txt');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [published, next] = result.stdout.split('\n');
    expect(published).toMatch(/^Avaldatud versioon 1 kaustas versions\/1: 5 faili, SHA-256 [0-9a-f]{64}\.$/);
    expect(next).toBe('Järgmiseks kanna versioon hoidlasse (git add versions/1 content, git commit) ja märgi väljalase käsuga npm run release -- --tag 1.');
    expect(existsSync(join(project, 'versions', '1', 'manifest.json'))).toBe(true);
  });

  it('refuses a second release of the same version with the report and exit code 1', () => {
    run('--version', '1', '--directive', '15.01.2026 nr 2', '--author', 'Koostaja', '--notes', 'notes.txt');
    const again = run('--version', '1', '--directive', '15.01.2026 nr 2', '--author', 'Koostaja', '--notes', 'notes.txt');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('[ReleaseRefused] Versioon 1 on juba avaldatud; avaldatud versiooni ei muudeta.');
    expect(again.stderr).toContain('Avaldamisest keelduti; midagi ei kirjutatud.');
  });

  const ARGS = ['--version', '1', '--directive', '15.01.2026 nr 2', '--author', 'Koostaja'];

  it('answers notes that name a folder in one line, not with a stack trace', () => {
    const result = run(...ARGS, '--notes', 'content');
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('--notes peab nimetama tekstifaili, kuid „content“ on kaust.');
  });

  it('refuses notes that are not UTF-8 text', () => {
    writeFileSync(join(project, 'notes.txt'), Buffer.from([0x4d, 0xe4, 0x72, 0x6b, 0x75, 0x73, 0x0a]));
    const result = run(...ARGS, '--notes', 'notes.txt');
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('--notes: fail „notes.txt“ ei ole UTF-8 tekst; muudatuste kirjeldus peab olema UTF-8 tekst, üks muudatus reas.');
    expect(existsSync(join(project, 'versions'))).toBe(false);
  });

  it('answers a stray file in versions/ and a release already running with messages', () => {
    mkdirSync(join(project, 'versions'));
    writeFileSync(join(project, 'versions', '1'), 'kogemata');
    const stray = run(...ARGS, '--notes', 'notes.txt');
    expect(stray.status).toBe(1);
    expect(stray.stderr).toContain('[StrayVersionsFile] „versions/1“ on fail, mitte avaldatud versiooni kaust.');
    expect(stray.stderr).not.toMatch(/\n\s+at /);
    rmSync(join(project, 'versions', '1'));
    writeFileSync(join(project, 'versions', '.release.lock'), String(process.pid));
    const busy = run(...ARGS, '--notes', 'notes.txt');
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain(`[ReleaseRefused] Teine väljalase (protsess ${process.pid}) on pooleli; see väljalase loobus ja midagi ei kirjutatud.`);
  });

  it('removes the folder a killed release left with --clean', () => {
    mkdirSync(join(project, 'versions', '.release-1-4242', 'content'), { recursive: true });
    const result = run('--clean');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Eemaldasin pooleli jäänud väljalaske kausta „versions/.release-1-4242“.');
    expect(readdirSync(join(project, 'versions'))).toEqual([]);
    expect(run('--clean').stdout).toBe('Pooleli jäänud väljalaskeid ei olnud.');
  });
});
