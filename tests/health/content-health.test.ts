import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { buildHealthReport } from '../../src/health/content-health.ts';
import { formatHealthReport } from '../../src/health/format-health.ts';

// One tiny handbook with every kind of finding the report sorts, judged as of a fixed day.
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-health');
const TODAY = '2026-06-01';
const report = buildHealthReport(checkContent(join(FIXTURE, 'content'), 'content', { today: TODAY }), TODAY);
const section = (id: string) => report.sections.find((candidate) => candidate.id === id)!;

describe('buildHealthReport', () => {
  it('has one non-empty section for each kind of problem in the fixture', () => {
    expect(report.sections.map((candidate) => [candidate.id, candidate.items.length])).toEqual([
      ['vead', 1],
      ['ulevaatus-hilinenud', 3],
      ['ulevaatus-30-paeva-jooksul', 1],
      ['ulevaatus-90-paeva-jooksul', 2],
      ['protsessid-loomisel', 2],
      ['puuduvad-vaartused', 2],
      ['ametikohad-asutuseta', 1],
      ['maaratlemata-rollifunktsioonid', 1],
      ['taitmata-mallivaljad', 1],
      ['kinnitamise-andmed-puuduvad', 1],
      ['selgitamata-moisted', 1],
      ['muud-hoiatused', 1],
    ]);
    expect(report.total).toBe(17);
  });

  it('links each line to the entry page and its source file and line', () => {
    expect(section('ulevaatus-hilinenud').items.map((item) => [item.title, item.url, `${item.file}:${item.line}`])).toEqual([
      ['SoM valitsemisala juhtimissüsteemi (VAJS) kirjeldus', '/dokumendid/s1/', 'content/documents/s1.yaml:9'],
      ['P02 Strateegilise planeerimise ja finantsjuhtimise protsess', '/protsessid/p02/', 'content/processes/p02.yaml:10'],
      ['P02_J04 Tööplaanide koostamise juhend', '/protsessid/p02/#p02_j04', 'content/processes/p02.yaml:15'],
    ]);
    expect(section('ametikohad-asutuseta').items[0]).toMatchObject({ url: '/ametikohad/strateegiaosakonna-juhataja/', file: 'content/positions/strateegiaosakonna-juhataja.yaml' });
  });

  it('says since when a process is being drafted, and that it is unknown where it is', () => {
    expect(section('protsessid-loomisel').items.map((item) => item.text)).toEqual(['Loomisel; alates millal, allikad ei ütle.', 'Loomisel alates 01.10.2025.']);
  });

  it('lists an overdue review once, in the review section, not again among the warnings', () => {
    const codes = report.sections.flatMap((candidate) => candidate.items.map((item) => item.code));
    expect(codes.filter((code) => code === 'OverdueReview')).toHaveLength(3);
    expect(section('muud-hoiatused').items.map((item) => item.code)).toEqual(['UnknownFolder']);
  });

  it('groups what has no review schedule by kind', () => {
    expect(report.unscheduled.map((group) => [group.heading, group.items.map((item) => item.short)])).toEqual([
      ['Protsessid', ['analuusiprotsess', 'hankeprotsess', 'P01']],
      ['Juhendid', ['P01_J01', 'P02_J06']],
    ]);
    expect(report.unscheduled[1]!.items[1]!.text).toBe('ülevaatuse intervall puudub');
  });
});

describe('formatHealthReport', () => {
  it('prints the fixture report exactly as expected-report.txt', () => {
    expect(`${formatHealthReport(report)}\n`).toBe(readFileSync(join(FIXTURE, 'expected-report.txt'), 'utf8'));
  });
});

describe('npm run report', () => {
  it('prints the same report for the content and day it is given, and exits 0 even with errors', () => {
    const run = spawnSync(process.execPath, ['scripts/report.ts'], {
      env: { ...process.env, VAJS_CONTENT_DIR: join(FIXTURE, 'content'), VAJS_TODAY: TODAY },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(FIXTURE, 'expected-report.txt'), 'utf8').replaceAll('content/', `${join(FIXTURE, 'content')}/`.replace(`${process.cwd()}/`, '')));
  });
});
