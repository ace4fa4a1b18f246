import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/errors/format.ts';
import { createManifest, parseManifest } from '../../src/versioning/manifest.ts';
import { verifyPublishedVersions } from '../../src/versioning/published-versions.ts';
import { releaseVersion } from '../../src/versioning/release.ts';
import { hashFolder } from '../../src/versioning/snapshot-files.ts';
import { tagRelease } from '../../src/versioning/tag-release.ts';

// The audit trail: a project in a git repository of its own, a version released and committed,
// then tampered with or deleted the ways a hurried or hostile hand would.
const CLEAN = join(import.meta.dirname, '..', 'fixtures', 'clean', 'content');
let project: string;
let content: string;
let versions: string;

const git = (...args: string[]) => execFileSync('git', ['-C', project, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const commitAll = (message: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', '--short=7', 'HEAD');
};

function publish(version: number): void {
  mkdirSync(join(content, 'documents'), { recursive: true });
  writeFileSync(join(content, 'documents', 's1.yaml'), `designation: S1\ntitle: Käsiraamat\nversion: ${version}\nauthor: Koostaja\napproval:\n  date: 2026-0${version}-15\n  number: "${version}"\nchangeNotes:\n  - Versioon ${version}.\nsource: Test\n`);
  const result = releaseVersion({ contentRoot: content, shownContentRoot: 'content', versionsRoot: versions, version, directive: { date: `2026-0${version}-15`, number: String(version) }, author: 'Koostaja', notes: [`Versioon ${version}.`], today: '2026-06-01' });
  if (!result.ok) throw new Error(formatProblems(result.problems));
}

const problemsOf = () => formatProblems(verifyPublishedVersions(versions).problems);
let released: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'vajs-history-'));
  content = join(project, 'content');
  versions = join(project, 'versions');
  cpSync(CLEAN, content, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Koostaja');
  git('config', 'user.email', 'koostaja@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  publish(1);
  released = commitAll('Versioon 1');
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('the published versions against the git history', () => {
  it('finds nothing wrong with a committed version as it was released', () => {
    const result = verifyPublishedVersions(versions);
    expect(result.problems).toEqual([]);
    expect([...result.released.keys()]).toEqual([1]);
  });

  it('reports a released version whose folder was deleted, committed or not', () => {
    rmSync(join(versions, '1'), { recursive: true });
    const expected = `versions/1
  viga [MissingPublishedVersion] Versioon 1 on avaldatud (commit ${released}), kuid kaust „versions/1“ puudub.
    Vihje: Avaldatud versiooni ei kustutata: taasta see käsuga git checkout ${released} -- versions/1.

1 viga failis versions/1; hoiatusi ei ole.`;
    expect(problemsOf()).toBe(expected);
    commitAll('Vana versioon kustutatud');
    expect(problemsOf()).toBe(expected);
    rmSync(versions, { recursive: true, force: true });
    expect(problemsOf()).toBe(expected);
  });

  it('reports a file changed with its manifest recomputed, which the manifest alone cannot see', () => {
    const file = join(versions, '1', 'content', 'processes', 'p13.yaml');
    appendFileSync(file, 'note: Hiljem lisatud.\n');
    const manifestPath = join(versions, '1', 'manifest.json');
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'));
    if (!('manifest' in parsed)) throw new Error(parsed.reason);
    const { sha256: _old, ...data } = parsed.manifest;
    writeFileSync(manifestPath, `${JSON.stringify(createManifest({ ...data, files: hashFolder(join(versions, '1', 'content')).hashes }), null, 2)}\n`);
    const expected = `versions/1/content/processes/p13.yaml
  viga [AlteredPublishedVersion] See fail erineb sellest, mis avaldati versioonis 1 (commit ${released}).
    Vihje: Avaldatud versioon on külmutatud: taasta fail käsuga git checkout ${released} -- versions/1/content/processes/p13.yaml või avalda muudatus uue versioonina käsuga npm run release.

versions/1/manifest.json
  viga [AlteredPublishedVersion] See fail erineb sellest, mis avaldati versioonis 1 (commit ${released}).
    Vihje: Avaldatud versioon on külmutatud: taasta fail käsuga git checkout ${released} -- versions/1/manifest.json või avalda muudatus uue versioonina käsuga npm run release.

2 viga failides versions/1/content/processes/p13.yaml, versions/1/manifest.json; hoiatusi ei ole.`;
    expect(problemsOf()).toBe(expected);
    // Committing the change does not make it the release: the commit that released it does.
    commitAll('Parandus');
    expect(problemsOf()).toBe(expected);
  });

  it('reports a file added to a released version', () => {
    writeFileSync(join(versions, '1', 'notes.txt'), 'Lisatud.\n');
    expect(problemsOf()).toBe(`versions/1/notes.txt
  viga [AlteredPublishedVersion] See fail lisati versioonile 1 pärast selle avaldamist (commit ${released}).
    Vihje: Avaldatud versioon on külmutatud: eemalda fail või avalda muudatus uue versioonina käsuga npm run release.

1 viga failis versions/1/notes.txt; hoiatusi ei ole.`);
  });

  it('warns about a version not committed yet, and the release refuses to skip a deleted one', () => {
    publish(2);
    expect(problemsOf()).toBe(`versions/2
  hoiatus [UncommittedVersion] Versioon 2 ei ole veel git-i kantud, seega ei kaitse git seda veel.
    Vihje: Kanna kaust „versions/2“ hoidlasse (git add versions/2, git commit) ja märgi väljalase käsuga npm run release -- --tag 2.

Vigu ei ole; 1 hoiatus 1 failis.`);
    commitAll('Versioon 2');
    rmSync(join(versions, '2'), { recursive: true });
    expect(() => publish(2)).toThrow('[MissingPublishedVersion] Versioon 2 on avaldatud');
  });

  it('says so, as a warning, when versions/ is in no git repository', () => {
    rmSync(join(project, '.git'), { recursive: true, force: true });
    expect(problemsOf()).toBe(`versions
  hoiatus [NoAuditTrail] Kausta „versions“ ei saa git-i ajaloo vastu kontrollida (see ei ole git-hoidla), seega ei ole tõendatud, et avaldatud versioonid on alles ja muutmata.
    Vihje: Avaldatud versioone hoitakse git-hoidlas: kontroll võrdleb iga versiooni commitiga, mis selle avaldas.

Vigu ei ole; 1 hoiatus 1 failis.`);
  });
});

describe('tagRelease', () => {
  it('marks the release commit with an annotated tag naming the directive', () => {
    appendFileSync(join(content, 'processes', 'p13.yaml'), 'note: Töökoopias.\n');
    commitAll('Hilisem muudatus');
    const result = tagRelease(versions, 1);
    expect(result).toMatchObject({ ok: true, tag: 'S1-v1', signed: false, existed: false });
    expect(git('cat-file', '-t', 'S1-v1')).toBe('tag');
    expect(git('rev-parse', '--short=7', 'S1-v1^{commit}')).toBe(released);
    expect(git('tag', '-l', '--format=%(contents:subject)', 'S1-v1')).toBe('S1 versioon 1, kinnitatud käskkirjaga 15.01.2026 nr 1.');
    expect(tagRelease(versions, 1)).toMatchObject({ ok: true, existed: true });
  });

  it('signs the tag when the author has a signing key configured', () => {
    git('config', 'user.signingkey', 'KOOSTAJA');
    // A signing program that always fails shows the tag was to be signed, without a real key.
    git('config', 'gpg.program', 'false');
    const result = tagRelease(versions, 1);
    expect(result.ok ? 'tagged' : formatProblems(result.problems)).toContain('[ReleaseRefused] Silti „S1-v1“ ei saanud luua:');
    expect(result.ok ? '' : formatProblems(result.problems)).toContain('Vihje: Kontrolli allkirjastamise võtit (git config user.signingkey).');
    expect(git('tag', '-l')).toBe('');
  });

  it('refuses a version that is not committed', () => {
    publish(2);
    const result = tagRelease(versions, 2);
    expect(result.ok ? 'tagged' : formatProblems(result.problems)).toBe(`versions/2
  viga [ReleaseRefused] Versioon 2 ei ole git-i kantud, seega pole commitit, mida märkida.
    Vihje: Kanna kaust „versions/2“ hoidlasse (git add, git commit) ja proovi siis uuesti.

1 viga failis versions/2; hoiatusi ei ole.`);
  });

  it('reports a tag that points at a commit where the version differs', () => {
    appendFileSync(join(versions, '1', 'content', 'processes', 'p13.yaml'), 'note: Hiljem.\n');
    const later = commitAll('Muudetud');
    git('tag', '-a', 'S1-v1', '-m', 'Vale', 'HEAD');
    git('checkout', '-q', released, '--', 'versions/1');
    commitAll('Taastatud');
    expect(problemsOf()).toBe(`versions/1
  viga [ReleaseTagMismatch] Väljalaske silt „S1-v1“ osutab commitile ${later}, mille kaust „versions/1“ ei ole see, mis avaldati commitiga ${released}.
    Vihje: Silt peab osutama väljalaske commitile: kustuta vale silt käsuga git tag -d S1-v1 ja loo see uuesti käsuga npm run release -- --tag 1.

1 viga failis versions/1; hoiatusi ei ole.`);
  });
});
