import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localIsoDay } from '../../src/client/copy-day.ts';
import { formatDate } from '../../src/site/format.ts';

// npm run pdf prints the controlled copy with Chromium; poppler's pdftotext reads the PDF back.
const siteDir = inject('siteDir');
const work = mkdtempSync(join(tmpdir(), 'vajs-pdf-'));
const pdf = join(work, 's1.pdf');
let run: ReturnType<typeof spawnSync>;
let text = '';
let pages = 0;
/** The days the PDF may have been printed on: the run may cross midnight. */
let printDays: string[] = [];

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { title: string; order: number; document: string };
const chapters = readdirSync('content/handbook')
  .map((name) => frontmatter(join('content/handbook', name)))
  .filter((chapter) => chapter.document === 's1')
  .sort((a, b) => a.order - b.order);
const document = parse(readFileSync('content/documents/s1.yaml', 'utf8')) as { designation: string; title: string; version: number; author: string; approval: { date: Date | string; number: string } };

beforeAll(() => {
  const before = localIsoDay();
  run = spawnSync(process.execPath, ['scripts/pdf.ts', '--site', siteDir, '--out', pdf], { encoding: 'utf8' });
  printDays = [...new Set([before, localIsoDay()])].map(formatDate);
  if (run.status !== 0) return;
  // Fold the layout's line breaks and runs of spaces: a heading may wrap.
  text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run pdf', () => {
  it('writes a PDF of several pages', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(pages).toBeGreaterThan(chapters.length);
  });

  it('puts the designation, title, version, directive and author on the cover', () => {
    const day = new Date(document.approval.date).toISOString().slice(0, 10).split('-').reverse().join('.');
    const cover = text.slice(0, text.indexOf('Sisukord'));
    expect(cover).toContain('KONTROLLITUD KOOPIA');
    expect(cover).toContain(document.title);
    expect(cover).toContain(`Tähis ${document.designation}`);
    expect(cover).toContain(`Versioon ${document.version}`);
    expect(cover).toContain(`käskkirjaga ${day} nr ${document.approval.number}`);
    expect(cover).toContain(`Koostanud ${document.author}`);
  });

  it('says the copy was made the day it was printed, not the day the version was built', () => {
    const cover = text.slice(0, text.indexOf('Sisukord'));
    const day = /Koopia tehtud (\d{2}\.\d{2}\.\d{4})/.exec(cover)?.[1];
    expect(printDays).toContain(day);
  });

  it('holds every chapter heading of S1, in chapter order, after the table of contents', () => {
    const body = text.slice(text.indexOf('Lk 1 /'));
    const positions = chapters.map((chapter) => body.indexOf(chapter.title));
    expect(positions.every((position, i) => position > 0 && (i === 0 || position > positions[i - 1]!))).toBe(true);
  });

  it('numbers the pages "Lk n / total"', () => {
    expect(text).toContain(`Lk 1 / ${pages}`);
    expect(text).toContain(`Lk ${pages} / ${pages}`);
  });

  it('renders the tables and annexes from the data', () => {
    expect(text).toContain('Tabel 1. Ministeeriumi juhtimistasandid');
    expect(text).toContain('Tabel 2. Ministeeriumi juhtimisorganid ja otsustuskogud');
    expect(text).toContain('LISA 1');
  });
});
