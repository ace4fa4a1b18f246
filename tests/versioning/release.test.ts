import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/errors/format.ts';
import { parseDirective } from '../../src/versioning/manifest.ts';
import { cleanUnfinishedReleases, RELEASE_LOCK, releaseVersion, type ReleaseRequest } from '../../src/versioning/release.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { readPublishedVersions } from '../../src/versioning/verify-snapshots.ts';

const CLEAN = join(import.meta.dirname, '..', 'fixtures', 'clean', 'content');
let work: string;
let content: string;
let versions: string;

/** The clean fixture with a document that names the version and directive being released. */
function writeDocument(version: number, number: string, date = '2026-01-15'): void {
  mkdirSync(join(content, 'documents'), { recursive: true });
  writeFileSync(
    join(content, 'documents', 's1.yaml'),
    `designation: S1\ntitle: Käsiraamat\nversion: ${version}\nauthor: Koostaja\napproval:\n  date: ${date}\n  number: "${number}"\nchangeNotes:\n  - Muudatus.\nsource: Test\n`,
  );
}

/** Version n is approved on the 15th of month n, so each directive is later than the one before. */
const dateOf = (version: number) => `2026-${String(version).padStart(2, '0')}-15`;

function release(version: number, number: string, overrides: Partial<ReleaseRequest> = {}) {
  return releaseVersion({
    contentRoot: content,
    shownContentRoot: 'content',
    versionsRoot: versions,
    version,
    directive: { date: dateOf(version), number },
    author: 'Koostaja',
    notes: [`Versioon ${version}.`],
    today: '2026-06-01',
    ...overrides,
  });
}

function publish(version: number, number = String(version)) {
  writeDocument(version, number, dateOf(version));
  const result = release(version, number);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result;
}

const report = (result: ReturnType<typeof release>) => (result.ok ? 'published' : formatProblems(result.problems));

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'vajs-release-'));
  content = join(work, 'content');
  versions = join(work, 'versions');
  cpSync(CLEAN, content, { recursive: true });
  writeDocument(1, '1');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('releaseVersion', () => {
  it('publishes versions 1, 2 and 3 as full snapshots with a manifest each', () => {
    publish(1);
    appendFileSync(join(content, 'positions', 'kvaliteedijuht.yaml'), 'note: Muudetud versioonis 2.\n');
    publish(2);
    publish(3);
    expect(readdirSync(versions).sort()).toEqual(['1', '2', '3']);
    const { versions: published, problems } = readPublishedVersions(versions);
    expect(problems).toEqual([]);
    expect(published.map((item) => item.version)).toEqual([1, 2, 3]);
    const [first, second] = published;
    expect(Object.keys(first!.manifest.files).sort()).toEqual(['documents/s1.yaml', 'organizations/som.yaml', 'positions/kriisireguleerimis-ja-toimepidevuse-juht.yaml', 'positions/kvaliteedijuht.yaml', 'processes/p13.yaml']);
    // Version 1 keeps what it had, though the working copy changed after it.
    expect(readFileSync(join(versions, '1', 'content', 'positions', 'kvaliteedijuht.yaml'), 'utf8')).not.toContain('versioonis 2');
    expect(first!.manifest.files['positions/kvaliteedijuht.yaml']).not.toBe(second!.manifest.files['positions/kvaliteedijuht.yaml']);
    expect(second!.manifest).toMatchObject({ version: 2, directive: { date: '2026-02-15', number: '2' }, author: 'Koostaja', notes: ['Versioon 2.'], releasedOn: '2026-06-01' });
    expect(second!.manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a version that is already published, and leaves it untouched', () => {
    publish(1);
    const before = readFileSync(join(versions, '1', 'manifest.json'), 'utf8');
    expect(report(release(1, '1'))).toBe(`versions
  viga [ReleaseRefused] Versioon 1 on juba avaldatud; avaldatud versiooni ei muudeta.
    Vihje: Avalda selle asemel järgmine versioon: --version 2.

1 viga failis versions; hoiatusi ei ole.`);
    expect(readFileSync(join(versions, '1', 'manifest.json'), 'utf8')).toBe(before);
  });

  it('refuses a version lower than the latest', () => {
    publish(1);
    publish(2);
    writeDocument(1, '1');
    expect(report(release(1, '1'))).toContain('[ReleaseRefused] Versioon 1 on juba avaldatud');
    rmSync(join(versions, '1'), { recursive: true });
    expect(report(release(1, '1'))).toContain('[ReleaseRefused] Versioon 1 on väiksem kui viimane avaldatud versioon 2.');
  });

  it('refuses content that fails the checks, with the checker\'s own report', () => {
    writeFileSync(join(content, 'processes', 'p13.yaml'), readFileSync(join(content, 'processes', 'p13.yaml'), 'utf8').replace(/owner: .*/, 'owner: kriisijuht'));
    const result = release(1, '1');
    expect(report(result)).toContain('[UnknownReference] Väljal „owner“ on „kriisijuht“, kuid kogus „Ametikohad“ sellise id-ga kirjet ei ole.');
    expect(existsSync(versions) ? readdirSync(versions) : []).toEqual([]);
  });

  it('refuses when the document does not name the version and directive being released', () => {
    writeDocument(1, '1', '2026-02-15');
    expect(report(release(2, '7'))).toBe(`content/documents/s1.yaml:3
  viga [ReleaseRefused] Väljal „version“ on 1, kuid väljalase on versioon 2.
    Vihje: Kirjuta „version: 2“, et avaldatud lehed nimetaksid versiooni, kuhu nad kuuluvad.
  viga [ReleaseRefused] Väljal „approval“ on käskkiri 15.02.2026 nr 1, kuid väljalase kinnitatakse käskkirjaga 15.02.2026 nr 7. (rida 5)
    Vihje: Kirjuta „approval: { date: 2026-02-15, number: "7" }“.

2 viga failis content/documents/s1.yaml; hoiatusi ei ole.`);
  });

  it('leaves nothing behind when a release is interrupted before it is in place', () => {
    publish(1);
    writeDocument(2, '2', dateOf(2));
    expect(() => release(2, '2', { beforePublish: () => { throw new Error('disk full'); } })).toThrow('disk full');
    expect(readdirSync(versions)).toEqual(['1']);
    expect(readPublishedVersions(versions).problems).toEqual([]);
  });
});

describe('releaseVersion freezes exactly what it checked', () => {
  it('refuses a gap in the version numbers', () => {
    publish(1);
    writeDocument(99, '99', dateOf(99 % 12));
    expect(report(release(99, '99', { directive: { date: '2026-11-15', number: '99' } }))).toBe(`versions
  viga [ReleaseRefused] Versioon 99 ei järgne viimasele avaldatud versioonile 1; versioonide vahele ei jäeta auku.
    Vihje: Avalda järgmine versioon: --version 2.

1 viga failis versions; hoiatusi ei ole.`);
  });

  it('refuses a directive dated on or before the previous version\'s directive', () => {
    publish(1);
    writeDocument(2, '2', dateOf(1));
    expect(report(release(2, '2', { directive: { date: dateOf(1), number: '2' } }))).toBe(`versions
  viga [ReleaseRefused] Käskkiri kuupäevaga 15.01.2026 ei ole hilisem kui versiooni 1 käskkiri (15.01.2026 nr 1).
    Vihje: Uus versioon kinnitatakse hilisema käskkirjaga: kontrolli käskkirja kuupäeva.

1 viga failis versions; hoiatusi ei ole.`);
  });

  it('does not freeze drafts, dotfiles or files outside the collections', () => {
    writeFileSync(join(content, 'processes', '_p99.yaml'), 'poolik: [\n');
    writeFileSync(join(content, 'processes', '.p13.yaml.swp'), 'x');
    writeFileSync(join(content, 'markmed.txt'), 'Töömärkmed.\n');
    mkdirSync(join(content, 'mustandid'));
    writeFileSync(join(content, 'mustandid', 'p20.yaml'), 'name: Mustand\n');
    const result = publish(1);
    expect(Object.keys(result.manifest.files).sort()).toEqual(['documents/s1.yaml', 'organizations/som.yaml', 'positions/kriisireguleerimis-ja-toimepidevuse-juht.yaml', 'positions/kvaliteedijuht.yaml', 'processes/p13.yaml']);
    expect(readdirSync(join(versions, '1', 'content')).sort()).toEqual(['documents', 'organizations', 'positions', 'processes']);
  });

  it('freezes the checked copy, not the working copy as it changed during the release', () => {
    const original = readFileSync(join(content, 'processes', 'p13.yaml'), 'utf8');
    const result = release(1, '1', { afterCopy: () => writeFileSync(join(content, 'processes', 'p13.yaml'), original.replace(/owner: .*/, 'owner: kriisijuht')) });
    expect(report(result)).toBe('published');
    expect(readFileSync(join(versions, '1', 'content', 'processes', 'p13.yaml'), 'utf8')).toBe(original);
    expect(checkContent(join(versions, '1', 'content')).ok).toBe(true);
  });

  it('checks the copy it freezes: a copy that fails the checks is refused', () => {
    const result = release(1, '1', { afterCopy: (copy) => writeFileSync(join(copy, 'processes', 'p13.yaml'), readFileSync(join(copy, 'processes', 'p13.yaml'), 'utf8').replace(/owner: .*/, 'owner: kriisijuht')) });
    expect(report(result)).toContain('content/processes/p13.yaml');
    expect(report(result)).toContain('[UnknownReference] Väljal „owner“ on „kriisijuht“, kuid kogus „Ametikohad“ sellise id-ga kirjet ei ole.');
    expect(readdirSync(versions)).toEqual([]);
  });

  it('refuses while another release holds the lock, and takes over the lock of a dead one', () => {
    mkdirSync(versions);
    writeFileSync(join(versions, RELEASE_LOCK), String(process.ppid));
    expect(report(release(1, '1'))).toBe(`versions
  viga [ReleaseRefused] Teine väljalase (protsess ${process.ppid}) on pooleli; see väljalase loobus ja midagi ei kirjutatud.
    Vihje: Oota, kuni teine väljalase lõpeb, ja proovi siis uuesti.

1 viga failis versions; hoiatusi ei ole.`);
    expect(readFileSync(join(versions, RELEASE_LOCK), 'utf8')).toBe(String(process.ppid));
    writeFileSync(join(versions, RELEASE_LOCK), '2147483646');
    expect(report(release(1, '1'))).toBe('published');
    expect(existsSync(join(versions, RELEASE_LOCK))).toBe(false);
  });

  it('refuses, with a message, when a stray file stands where the next version would go', () => {
    publish(1);
    writeFileSync(join(versions, '2'), 'kogemata');
    writeDocument(2, '2', dateOf(2));
    expect(report(release(2, '2'))).toBe(`versions/2
  viga [StrayVersionsFile] „versions/2“ on fail, mitte avaldatud versiooni kaust.
    Vihje: Kausta „versions“ kirjutab ainult npm run release: teisalda see fail mujale.

1 viga failis versions/2; hoiatusi ei ole.`);
  });

  it('removes the folders of killed releases on request, and nothing else', () => {
    publish(1);
    mkdirSync(join(versions, '.release-2-123', 'content'), { recursive: true });
    expect(cleanUnfinishedReleases(versions)).toEqual({ ok: true, removed: ['.release-2-123'] });
    expect(readdirSync(versions)).toEqual(['1']);
    expect(readPublishedVersions(versions).problems).toEqual([]);
  });
});

describe('readPublishedVersions', () => {
  const problemsOf = () => formatProblems(readPublishedVersions(versions, 'versions').problems);

  beforeEach(() => publish(1));

  it('finds a file changed after publication', () => {
    appendFileSync(join(versions, '1', 'content', 'processes', 'p13.yaml'), '# edited\n');
    expect(problemsOf()).toBe(`versions/1/content/processes/p13.yaml
  viga [TamperedSnapshot] Seda avaldatud versiooni 1 faili on pärast avaldamist muudetud (selle SHA-256 ei vasta enam manifestile).
    Vihje: Avaldatud versioon on külmutatud: taasta fail versioonihaldusest või avalda muudatus uue versioonina käsuga npm run release.

1 viga failis versions/1/content/processes/p13.yaml; hoiatusi ei ole.`);
  });

  it('finds a file added or removed after publication', () => {
    writeFileSync(join(versions, '1', 'content', 'organizations', 'ska.yaml'), 'name: Sotsiaalkindlustusamet\nsource: Test\n');
    unlinkSync(join(versions, '1', 'content', 'positions', 'kvaliteedijuht.yaml'));
    const text = problemsOf();
    expect(text).toContain('versions/1/content/organizations/ska.yaml\n  viga [TamperedSnapshot] See fail lisati avaldatud versioonile 1 pärast selle avaldamist.');
    expect(text).toContain('versions/1/content/positions/kvaliteedijuht.yaml\n  viga [TamperedSnapshot] See avaldatud versiooni 1 fail on pärast avaldamist kustutatud.');
  });

  it('finds a manifest whose metadata was edited', () => {
    const path = join(versions, '1', 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"Koostaja"', '"Keegi teine"'));
    expect(problemsOf()).toContain('versions/1/manifest.json\n  viga [TamperedSnapshot] Avaldatud versiooni 1 manifesti on pärast avaldamist muudetud (selle SHA-256 ei vasta sisule).');
  });

  it('finds a manifest that is not JSON, and a folder without one', () => {
    writeFileSync(join(versions, '1', 'manifest.json'), '{ broken');
    cpSync(join(versions, '1', 'content'), join(versions, '2', 'content'), { recursive: true });
    const text = problemsOf();
    expect(text).toContain('versions/1/manifest.json\n  viga [TamperedSnapshot] Versiooni 1 manifesti ei saa lugeda: see ei ole korrektne JSON');
    expect(text).toContain('versions/2\n  viga [UnfinishedRelease] Versioonil 2 puudub manifest.json, seega ei ole tõendatud, mis avaldati.');
  });

  it('reports the leftover of a release that died half-way', () => {
    cpSync(join(versions, '1'), join(versions, '.release-2-123'), { recursive: true });
    expect(problemsOf()).toContain('versions/.release-2-123\n  viga [UnfinishedRelease] See kaust on jäänud järele pooleli jäänud väljalaskest; see ei ole avaldatud versioon.');
  });
});

describe('parseDirective', () => {
  it('reads the way Estonian directives are written', () => {
    expect(parseDirective('15.01.2026 nr 2')).toEqual({ date: '2026-01-15', number: '2' });
    expect(parseDirective('1.2.2027 NR 1-2/15')).toEqual({ date: '2027-02-01', number: '1-2/15' });
  });

  it('refuses an impossible date or a missing number', () => {
    expect(parseDirective('31.02.2026 nr 2')).toBeUndefined();
    expect(parseDirective('15.01.2026')).toBeUndefined();
  });
});
