import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHandbook } from '../../scripts/lib/generate-handbook.ts';
import { type EntryRead, isEntryName } from '../../src/loading/entry-file.ts';
import { type EntryJob, readEntries } from '../../src/loading/read-entries.ts';
import { COLLECTION_KEYS, COLLECTIONS } from '../../src/model/collections.ts';
import { parseProseOutcome, rememberProse } from '../../src/prose/parse-prose.ts';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const work = mkdtempSync(join(tmpdir(), 'vajs-read-entries-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A generated handbook of some 40 chunks, with a broken file here and there among them.
const root = join(work, 'content');
for (const file of generateHandbook(2500)) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text);
}
writeFileSync(join(root, 'processes', 'katki.yaml'), 'name: Katki\ncode: [P99\n');
writeFileSync(join(root, 'positions', 'Suur Täht.yaml'), 'name: Suur\n');
writeFileSync(join(root, 'handbook', 'tuhi.mdx'), 'Päiseta peatükk.\n');

const jobs: EntryJob[] = COLLECTION_KEYS.flatMap((collection) => {
  let names: string[] = [];
  try {
    names = readdirSync(join(root, COLLECTIONS[collection].folder)).sort();
  } catch {
    return [];
  }
  return names.filter((name) => isEntryName(collection, name)).map((name) => ({ collection, name }));
});

/** A read as data, with the line its locator gives for the first field, to compare two reads. */
function comparable(reads: EntryRead[]) {
  return reads.map((read) => {
    if (!read.ok) return read;
    const { locate, ...entry } = read.entry;
    return { ok: true, entry, firstFieldLine: locate([Object.keys(entry.data)[0]!]) };
  });
}

const oneThread = comparable(readEntries(root, jobs, 'content', { parallel: false }));

describe('readEntries on two threads', () => {
  it('reads a tree of a few thousand files exactly as one thread does, in the same order, problems included', () => {
    expect(jobs.length).toBeGreaterThan(2500);
    const problems = oneThread.filter((read) => !read.ok).map((read) => ('problem' in read ? read.problem.message : ''));
    expect(problems).toEqual([
      'Failinimi „Suur Täht“ ei sobi id-ks: id koosneb väikestest ladina tähtedest ja numbritest, sõnade vahel on „-“ (id-st saab lehe aadress).',
      'Fail ei ole korrektne YAML: flow sequence in block collection must be sufficiently indented and end with a ].',
      'Fail ei alga päisega (frontmatter), mis on kahe „---“ rea vahel.',
    ]);
    expect(comparable(readEntries(root, jobs, 'content', { parallel: true, awaitWorker: true }))).toEqual(oneThread);
  });

  it('hands the checker the prose bodies the worker parsed, the same trees one thread parses', () => {
    const reads = readEntries(root, jobs, 'content', { parallel: true, prose: true, awaitWorker: true });
    const chapters = reads.flatMap((read) => (read.ok && read.entry.collection === 'handbook' ? [read.entry] : []));
    expect(chapters.length).toBeGreaterThan(20);
    const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
    for (const chapter of chapters) expect(parseProseOutcome(chapter.body!, 'mdx')).toEqual({ ok: true, tree: mdx.parse(chapter.body!) });
  });

  it('leaves a remembered parse for the rules to read, instead of parsing the body again', () => {
    rememberProse('Tekst, mida keegi ei parsinud.', 'md', { ok: false, reason: 'meelde jäetud', line: 3 });
    expect(parseProseOutcome('Tekst, mida keegi ei parsinud.', 'md')).toEqual({ ok: false, reason: 'meelde jäetud', line: 3 });
  });

  it('reads the chunk of a worker that failed on this thread, so nothing is lost', () => {
    const worker = new URL('./fixtures/worker-that-fails.ts', import.meta.url);
    expect(comparable(readEntries(root, jobs, 'content', { parallel: true, worker, awaitWorker: true }))).toEqual(oneThread);
  });

  it('reads everything on this thread when the worker cannot start at all', () => {
    const worker = new URL('./fixtures/no-such-worker.ts', import.meta.url);
    expect(comparable(readEntries(root, jobs, 'content', { parallel: true, worker }))).toEqual(oneThread);
  });
});
