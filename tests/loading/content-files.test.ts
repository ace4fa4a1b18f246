import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblems } from '../../src/errors/format.ts';
import { readRegularFile } from '../../src/loading/content-files.ts';
import { hashFolder } from '../../src/versioning/snapshot-files.ts';

// Links and pipes cannot be committed as fixtures reliably, so each test makes its own tree.
const CLEAN = join(import.meta.dirname, '..', 'fixtures', 'clean', 'content');
const work = mkdtempSync(join(tmpdir(), 'vajs-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let trees = 0;
function cleanTree(): string {
  const root = join(work, `tree-${++trees}`, 'content');
  cpSync(CLEAN, root, { recursive: true });
  return root;
}

const reportOf = (root: string) => `${formatProblems(checkContent(root, 'content').problems)}\n`;

describe('the content tree holds regular files only', () => {
  it('refuses a link to a file outside the repository, and never reads it', () => {
    const root = cleanTree();
    const outside = join(work, 'outside.yaml');
    writeFileSync(outside, 'name: Väljast\ncode: P15\nstatus: kinnitatud\nkind: tugiprotsess\nowner: kvaliteedijuht\norder: 2\nsource: S1\n');
    symlinkSync(outside, join(root, 'processes', 'p15.yaml'));
    const result = checkContent(root, 'content');
    expect(result.entries.map((entry) => entry.id)).not.toContain('p15');
    expect(`${formatProblems(result.problems)}\n`).toBe(
      [
        'content/processes/p15.yaml',
        '  viga [NotARegularFile] „processes/p15.yaml“ on sümbollink; käsiraamat loeb ainult tavalisi faile.',
        '    Vihje: Asenda link faili enda sisuga.',
        '',
        '1 viga failis content/processes/p15.yaml; hoiatusi ei ole.',
        '',
      ].join('\n'),
    );
  });

  it('reports a dangling link and a link loop as links, without ENOENT or ELOOP', () => {
    const root = cleanTree();
    symlinkSync(join(work, 'nowhere.yaml'), join(root, 'processes', 'p16.yaml'));
    symlinkSync('ring.yaml', join(root, 'processes', 'ring.yaml'));
    expect(reportOf(root)).toBe(
      [
        'content/processes/p16.yaml',
        '  viga [NotARegularFile] „processes/p16.yaml“ on sümbollink; käsiraamat loeb ainult tavalisi faile.',
        '    Vihje: Asenda link faili enda sisuga.',
        '',
        'content/processes/ring.yaml',
        '  viga [NotARegularFile] „processes/ring.yaml“ on sümbollink; käsiraamat loeb ainult tavalisi faile.',
        '    Vihje: Asenda link faili enda sisuga.',
        '',
        '2 viga failides content/processes/p16.yaml, content/processes/ring.yaml; hoiatusi ei ole.',
        '',
      ].join('\n'),
    );
  });

  it('refuses a linked collection folder and a linked draft, which a release would copy', () => {
    const root = cleanTree();
    const elsewhere = join(work, 'elsewhere-units');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'x.yaml'), 'name: X\n');
    symlinkSync(elsewhere, join(root, 'units'));
    symlinkSync(join(work, 'outside.yaml'), join(root, 'processes', '_mustand.yaml'));
    expect(reportOf(root)).toBe(
      [
        'content/processes/_mustand.yaml',
        '  viga [NotARegularFile] „processes/_mustand.yaml“ on sümbollink; käsiraamat loeb ainult tavalisi faile.',
        '    Vihje: Asenda link faili enda sisuga.',
        '',
        'content/units',
        '  viga [NotARegularFile] „units“ on sümbollink; käsiraamat loeb ainult tavalisi faile.',
        '    Vihje: Asenda link faili enda sisuga.',
        '',
        '2 viga failides content/processes/_mustand.yaml, content/units; hoiatusi ei ole.',
        '',
      ].join('\n'),
    );
  });

  it('refuses a named pipe without opening it (the check returns)', () => {
    const root = cleanTree();
    execFileSync('mkfifo', [join(root, 'processes', 'toru.yaml')]);
    expect(reportOf(root)).toBe(
      [
        'content/processes/toru.yaml',
        '  viga [NotARegularFile] „processes/toru.yaml“ on nimega toru (FIFO); käsiraamat loeb ainult tavalisi faile.',
        '    Vihje: Kustuta toru ja kirjuta kirje tavalisse faili.',
        '',
        '1 viga failis content/processes/toru.yaml; hoiatusi ei ole.',
        '',
      ].join('\n'),
    );
  });

  it('reports a content root that does not exist, or is a file', () => {
    const hint = '    Vihje: Kontrolli muutujat VAJS_CONTENT_DIR: see peab nimetama käsiraamatu sisu kausta (kus on näiteks kaust „processes“); määramata jäetuna loetakse projekti kausta „content“.';
    expect(formatProblems(checkContent(join(work, 'puudub'), 'puudub').problems)).toBe(
      ['puudub', '  viga [InvalidContentRoot] Sisukausta „puudub“ ei ole olemas.', hint, '', '1 viga failis puudub; hoiatusi ei ole.'].join('\n'),
    );
    const file = join(work, 'fail.yaml');
    writeFileSync(file, 'name: x\n');
    expect(formatProblems(checkContent(file, 'fail.yaml').problems)).toBe(
      ['fail.yaml', '  viga [InvalidContentRoot] „fail.yaml“ on fail, aga sisu peab olema kaust.', hint, '', '1 viga failis fail.yaml; hoiatusi ei ole.'].join('\n'),
    );
  });

  it('reports a collection that is a file instead of a folder', () => {
    const root = cleanTree();
    writeFileSync(join(root, 'units'), 'name: x\n');
    expect(reportOf(root)).toBe(
      [
        'content/units',
        '  viga [UnexpectedFile] „units“ on fail, aga kogumik peab olema kaust.',
        '    Vihje: Tee kaust „units“ ja pane kirjed sinna.',
        '',
        '1 viga failis content/units; hoiatusi ei ole.',
        '',
      ].join('\n'),
    );
  });
});

describe('readRegularFile', () => {
  it('refuses a pipe or a link that took a file\'s place after the folder was listed, without blocking', () => {
    const pipe = join(work, 'later.yaml');
    execFileSync('mkfifo', [pipe]);
    expect(readRegularFile(pipe, 1024)).toEqual({ ok: false, kind: 'fifo' });
    const link = join(work, 'later-link.yaml');
    symlinkSync(join(work, 'outside.yaml'), link);
    expect(readRegularFile(link, 1024)).toEqual({ ok: false, kind: 'symlink' });
    expect(readRegularFile(work, 1024)).toEqual({ ok: false, kind: 'folder' });
  });
});

describe('hashFolder', () => {
  it('hashes regular files and names links and pipes instead of following or opening them', () => {
    const dir = join(work, 'snapshot');
    mkdirSync(join(dir, 'processes'), { recursive: true });
    writeFileSync(join(dir, 'processes', 'p13.yaml'), 'name: P13\n');
    symlinkSync(join(work, 'outside.yaml'), join(dir, 'processes', 'p15.yaml'));
    execFileSync('mkfifo', [join(dir, 'toru.yaml')]);
    const { hashes, irregular } = hashFolder(dir);
    expect(Object.keys(hashes)).toEqual(['processes/p13.yaml']);
    expect(irregular).toEqual(['processes/p15.yaml', 'toru.yaml']);
  });
});
