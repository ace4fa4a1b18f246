import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { releaseVersion } from '../../src/versioning/release.ts';
import { generateHandbook, planSizes, type GeneratedFile } from './generate-handbook.ts';

/** Each version is approved a day after the one before: a release needs a later directive. */
export function directiveDate(version: number): string {
  return new Date(Date.UTC(2026, 0, 14 + version)).toISOString().slice(0, 10);
}

/**
 * The generated handbook as it stood in `version`: each version after the first changes it the
 * way a year of management does. Some processes get another owner, some posts are renamed, a
 * body meets on another schedule, a chapter gains a paragraph, a term comes and one goes.
 */
export function handbookAtVersion(entries: number, version: number): GeneratedFile[] {
  const sizes = planSizes(entries);
  const files = generateHandbook(entries).map((file) => ({ ...file }));
  const edit = (path: string, change: (text: string) => string) => {
    const file = files.find((candidate) => candidate.path === path);
    if (file) file.text = change(file.text);
  };
  for (let round = 1; round < version; round += 1) {
    for (let n = round % 10; n < sizes.processes; n += 10) {
      edit(`processes/p${String(n + 1).padStart(2, '0')}.yaml`, (text) => text.replace(/^owner: ametikoht-(\d+)$/m, (_, owner) => `owner: ametikoht-${((Number(owner) + round) % sizes.positions) + 1}`));
    }
    for (let n = round % 25; n < sizes.positions; n += 25) {
      edit(`positions/ametikoht-${n + 1}.yaml`, (text) => text.replace(/^name: (.*)$/m, `name: $1 (muudetud ${round})`));
    }
    edit('bodies/kogu-1.yaml', (text) => text.replace(/frequency:[\s\S]*?order:/, round % 2 ? 'frequency:\n  asWritten: 2 korda kuus\n  times: 2\n  per: kuu\norder:' : 'frequency:\n  asWritten: Kord nädalas\n  times: 1\n  per: nädal\norder:'));
    edit('handbook/peatukk-1.mdx', (text) => `${text}\nVersioonis ${round + 1} lisatud lõik: eelarve ja mõõdik vaadatakse üle koos tuumiktiimiga.\n`);
  }
  const document = files.find((file) => file.path === 'documents/s1.yaml')!;
  document.text = document.text.replace(/^version: \d+$/m, `version: ${version}`).replace(/date: 2026-01-15\n  number: "2"/, `date: ${directiveDate(version)}\n  number: "${version}"`);
  if (version > 1) files.push({ path: `glossary/uus-moiste-${version}.yaml`, text: `term: UUS${version}\nexpansion: Versioonis ${version} lisatud mõiste\nsource: Genereeritud\n` });
  return files;
}

export function writeFiles(root: string, files: readonly GeneratedFile[]): void {
  rmSync(root, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
}

/** Publishes one more version of the generated handbook into `<out>/versions`, from `<out>/content`. */
export function publishGeneratedVersion(out: string, entries: number, version: number): void {
  writeFiles(join(out, 'content'), handbookAtVersion(entries, version));
  const result = releaseVersion({
    contentRoot: join(out, 'content'),
    shownContentRoot: 'content',
    versionsRoot: join(out, 'versions'),
    version,
    directive: { date: directiveDate(version), number: String(version) },
    author: 'Generaator',
    notes: [`Genereeritud versioon ${version}.`],
    today: '2026-06-01',
  });
  if (!result.ok) throw new Error(`Generated version ${version} was refused:\n${JSON.stringify(result.problems, null, 2)}`);
}
