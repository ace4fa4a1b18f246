import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { PUBLISHED_CONTENT, SITE_TODAY } from '../support/build-site.ts';

const siteDir = inject('siteDir');
const html = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const text = (path: string) => html(path).replace(/<[^>]+>/g, ' ').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replace(/\s+/g, ' ');

describe('the quality manager\'s section', () => {
  it('is linked from the footer of every page, not from the main menu', () => {
    const home = html('/');
    expect(home).toMatch(/<footer[\s\S]*<a href="\/kvaliteedijuhile\/">Kvaliteedijuhile<\/a>[\s\S]*<\/footer>/);
    expect(home.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)![0]).not.toContain('/kvaliteedijuhile/');
  });

  it('lists the processes being drafted, each linked to its page and its source file', () => {
    const page = html('/kvaliteedijuhile/sisu-korrasolek/');
    expect(text('/kvaliteedijuhile/sisu-korrasolek/')).toContain('Protsessid loomisel (7)');
    expect(page).toContain('<a href="/protsessid/analuusiprotsess/">Analüüsiprotsess</a>');
    expect(page).toContain('content/processes/analuusiprotsess.yaml:2');
  });

  it('shows the same kinds and counts as npm run report for the same day, and no kind that is empty', () => {
    // The report of the content the site shows: the published version, not the working copy, which may differ.
    const run = spawnSync(process.execPath, ['scripts/report.ts'], { env: { ...process.env, VAJS_TODAY: SITE_TODAY, VAJS_CONTENT_DIR: PUBLISHED_CONTENT }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const counts = [...run.stdout.matchAll(/^(\S.*) \((\d+)\)$/gm)].map((match) => ({ heading: `${match[1]} (${match[2]})`, empty: match[2] === '0' }));
    expect(counts.length).toBeGreaterThanOrEqual(12);
    const page = text('/kvaliteedijuhile/sisu-korrasolek/');
    for (const { heading } of counts.filter((count) => !count.empty)) expect(page).toContain(heading);
    for (const { heading } of counts.filter((count) => count.empty)) expect(page).not.toContain(heading.replace(' (0)', ''));
    expect(page).toContain(`Seisuga ${SITE_TODAY.split('-').reverse().join('.')}`);
  });

  it('lists the real gaps of the sources: undefined role functions and unknown approvals', () => {
    const page = text('/kvaliteedijuhile/sisu-korrasolek/');
    expect(page).toContain('„Inimeste juht“ esineb 3 rollikaardil');
    expect(page).toContain('Määratlemata rollifunktsioonid (10)');
    expect(page).toMatch(/Ülevaatusgraafikuta \(\d+\)/);
  });

  it('says on the review calendar that no entry has a schedule yet, since the sources give no review dates', () => {
    expect(text('/kvaliteedijuhile/ulevaatuskalender/')).toMatch(/Ühelgi kirjel pole veel ülevaatusgraafikut\. \d+ kirjel puudub viimase ülevaatuse kuupäev või intervall/);
  });

  it('offers a feed for all reviews and one per process owner, each a calendar ical.js can read', () => {
    const page = html('/kvaliteedijuhile/ulevaatuskalender/');
    const feeds = [...page.matchAll(/href="(\/kvaliteedijuhile\/ulevaatuskalender[^"]*\.ics)"/g)].map((match) => match[1]!);
    expect(feeds).toContain('/kvaliteedijuhile/ulevaatuskalender.ics');
    expect(feeds).toContain('/kvaliteedijuhile/ulevaatuskalender/kriisireguleerimis-ja-toimepidevuse-juht.ics');
    for (const feed of feeds) {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(siteDir, feed), 'utf8')));
      expect(calendar.name).toBe('vcalendar');
    }
  });
});
