/**
 * npm run release -- --version 4 --directive "15.01.2027 nr 3" --author "Nimi" --notes muudatused.txt
 * Freezes the working copy (content/) as a published version under versions/<n>/, with a manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { displayContentRoot, resolveContentRoot, resolveVersionsRoot } from '../src/content-root.ts';
import { formatProblems } from '../src/errors/format.ts';
import { currentDay } from '../src/health/days.ts';
import { parseDirective } from '../src/versioning/manifest.ts';
import { releaseVersion } from '../src/versioning/release.ts';

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run release -- --version <n> --directive "<dd.mm.yyyy> nr <n>" --author "<name>" --notes <file>`);
  process.exit(2);
}

// 1. Read the arguments; a wrong one is answered in one line.
let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({ options: { version: { type: 'string' }, directive: { type: 'string' }, author: { type: 'string' }, notes: { type: 'string' } } }));
} catch (error) {
  usage((error as Error).message);
}
const { version: versionText, directive: directiveText, author, notes: notesFile } = values as Record<string, string | undefined>;
if (!versionText || !/^[1-9]\d*$/.test(versionText)) usage(`--version must be a whole number of at least 1, not ${JSON.stringify(versionText ?? '')}.`);
const directive = parseDirective(directiveText ?? '');
if (!directive) usage(`--directive must look like "15.01.2026 nr 2" (a real date, then nr and the number), not ${JSON.stringify(directiveText ?? '')}.`);
if (!author?.trim()) usage('--author must name who compiled the version.');
if (!notesFile || !existsSync(notesFile)) usage(`--notes must name a text file with the change notes, one per line; ${JSON.stringify(notesFile ?? '')} does not exist.`);
const notes = readFileSync(notesFile, 'utf8').split(/\r?\n/).map((line) => line.replace(/^\s*[-*]\s+/, '').trim()).filter(Boolean);
if (notes.length === 0) usage(`${notesFile} holds no change note.`);

// 2. Check, freeze and publish; on any problem nothing is written.
const contentRoot = resolveContentRoot(process.cwd());
const result = releaseVersion({
  contentRoot,
  shownContentRoot: displayContentRoot(contentRoot),
  versionsRoot: resolveVersionsRoot(process.cwd()),
  version: Number(versionText),
  directive,
  author: author.trim(),
  notes,
  today: currentDay(),
});

// 3. Report.
if (!result.ok) {
  console.error(`${formatProblems(result.problems)}\n\nThe release was refused; nothing was written.`);
  process.exit(1);
}
console.log(`Published version ${result.manifest.version} in ${displayContentRoot(result.dir)}: ${Object.keys(result.manifest.files).length} files, SHA-256 ${result.manifest.sha256}.`);
