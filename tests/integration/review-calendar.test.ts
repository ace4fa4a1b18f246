import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../support/build-lock.ts';

// The real handbook has no review dates (the sources give none), so this builds a copy with a
// schedule: P13 overdue, guide P02_J04 due within 30 days, a role card within 90, S1 later;
// and the day one process started being drafted.
const TODAY = '2026-06-01';
const work = mkdtempSync(join(tmpdir(), 'vajs-reviews-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
let build: ReturnType<typeof spawnSync>;

function edit(file: string, change: (text: string) => string) {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  appendFileSync(join(content, 'processes/p13.yaml'), 'lastReview: 2025-03-31\nreviewIntervalMonths: 12\n');
  edit('processes/p02.yaml', (text) => text.replace('    name: Tööplaanide koostamise juhend\n', '    name: Tööplaanide koostamise juhend\n    lastReview: 2026-04-15\n    reviewIntervalMonths: 2\n'));
  edit('roles/ska-testjuht.yaml', (text) => text.replace(/^  approval:.*$/m, (line) => `${line}\n  lastReview: 2026-02-10\n  reviewIntervalMonths: 6`));
  appendFileSync(join(content, 'documents/s1.yaml'), 'lastReview: 2026-01-15\nreviewIntervalMonths: 12\n');
  appendFileSync(join(content, 'processes/analuusiprotsess.yaml'), 'statusSince: 2025-10-01\n');
  build = withBuildLock(() =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, VAJS_CONTENT_DIR: content, VAJS_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    }),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const text = (path: string) => read(join(path, 'index.html')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const events = (path: string) =>
  new ICAL.Component(ICAL.parse(read(path))).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

describe('a handbook with a review schedule', () => {
  it('builds, and the build warns about the overdue review of P13 in full', () => {
    expect(build.status).toBe(0);
    const output = `${build.stdout}${build.stderr}`;
    expect(output).toContain('[OverdueReview] Kirje „P13 Kriisireguleerimise protsess“ (protsess) ülevaatuse tähtaeg oli 31.03.2026 (12 kuud pärast 31.03.2025); tähtaeg on ületatud 62 päeva.');
  });

  it('marks the overdue review on the page of P13, and the guide due soon on the page of P02', () => {
    expect(text('protsessid/p13')).toContain('Ülevaatus hilinenud Selle kirje ülevaatuse tähtaeg oli 31.03.2026 (viimane ülevaatus 31.03.2025).');
    expect(text('protsessid/p13')).toContain('Järgmine ülevaatus 31.03.2026');
    expect(text('protsessid/p02')).toContain('Ülevaatus tulekul Juhendi P02_J04 ülevaatuse tähtaeg on 15.06.2026');
    expect(text('protsessid/p15')).not.toMatch(/Ülevaatus (hilinenud|tulekul)/);
  });

  it('shows the reviews on the calendar page by month, the overdue first', () => {
    const page = text('kvaliteedijuhile/ulevaatuskalender');
    const order = ['Hilinenud (1)', 'juuni 2026 (1)', 'august 2026 (1)', 'jaanuar 2027 (1)'].map((heading) => page.indexOf(heading));
    expect(order.every((index, i) => index > 0 && (i === 0 || index > order[i - 1]!))).toBe(true);
    expect(page).toContain('31.03.2026 hilinenud P13 Kriisireguleerimise protsess protsess Kriisireguleerimis- ja toimepidevuse juht');
  });

  it('lists the overdue and due reviews in the content-health report', () => {
    const page = text('kvaliteedijuhile/sisu-korrasolek');
    expect(page).toContain('Hilinenud ülevaatused (1)');
    expect(page).toContain('Ülevaatus 30 päeva jooksul (1)');
    expect(page).toContain('Ülevaatus 31–90 päeva jooksul (1)');
    expect(page).toContain('Loomisel alates 01.10.2025.');
  });

  it('says since when a process is being drafted on its page', () => {
    expect(text('protsessid/analuusiprotsess')).toContain('Protsess on loomisel alates 01.10.2025.');
  });

  it('publishes an iCalendar feed of all reviews that ical.js reads as all-day events', () => {
    const all = events('kvaliteedijuhile/ulevaatuskalender.ics');
    expect(all.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate])).toEqual([
      ['Ülevaatus: P13 Kriisireguleerimise protsess', '2026-03-31', true],
      ['Ülevaatus: P02_J04 Tööplaanide koostamise juhend', '2026-06-15', true],
      ['Ülevaatus: Testjuht', '2026-08-10', true],
      ['Ülevaatus: SoM valitsemisala juhtimissüsteemi (VAJS) kirjeldus', '2027-01-15', true],
    ]);
  });

  it('publishes a feed per owner with only that owner\'s reviews', () => {
    expect(events('kvaliteedijuhile/ulevaatuskalender/kriisireguleerimis-ja-toimepidevuse-juht.ics').map((event) => event.summary)).toEqual([
      'Ülevaatus: P13 Kriisireguleerimise protsess',
    ]);
    expect(events('kvaliteedijuhile/ulevaatuskalender/strateegiaosakonna-juhataja.ics').map((event) => event.summary)).toEqual([
      'Ülevaatus: P02_J04 Tööplaanide koostamise juhend',
    ]);
  });
});

// The same build is of the working copy content/, whose bodies carry S1's own lines of Table 2.
describe('Table 2 of the working copy', () => {
  it('lists the participants of a body in the words of S1, in the chapter as on the body page', () => {
    const line = 'Osakonnajuhataja, poliitikajuht ja/või teema omanik (vajaduspõhiselt)';
    // The roles in the line are links: the words are read without the tags between them.
    const words = (path: string) => read(join(path, 'index.html')).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    const chapter = words('kasiraamat/1-eesmark-ja-uldsatted');
    expect(chapter).toContain('Tabel 2. Ministeeriumi juhtimisorganid ja otsustuskogud');
    expect(chapter).toContain('Minister, asekantsler, kantsler');
    expect(chapter).toContain(line);
    expect(words('juhtimisorganid/ministri-briif')).toContain(line);
  });
});
