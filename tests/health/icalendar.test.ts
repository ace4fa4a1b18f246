import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createReviewCalendar, escapeText, foldLine } from '../../src/health/icalendar.ts';
import type { ScheduledReview } from '../../src/reviews/schedule.ts';

function makeReview(overrides: Partial<ScheduledReview> = {}): ScheduledReview {
  return {
    kind: 'process', collection: 'processes', id: 'p02', key: 'processes/p02', title: 'P02 Strateegilise planeerimise ja finantsjuhtimise protsess',
    short: 'P02', url: '/protsessid/p02/', file: 'content/processes/p02.yaml', path: [], owner: 'strateegiaosakonna-juhataja',
    lastReview: '2025-06-30', intervalMonths: 12, due: '2026-06-30', daysLeft: 29, urgency: 'within30', ...overrides,
  };
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });
});

describe('foldLine', () => {
  it('keeps every line within 75 octets and never splits a letter such as õ', () => {
    const line = `SUMMARY:${'õäöü šž '.repeat(20)}`;
    const lines = foldLine(line).split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(lines.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('createReviewCalendar', () => {
  const reviews = [
    makeReview(),
    makeReview({ kind: 'guide', key: 'processes/p02#p02_j04', title: 'P02_J04 Tööplaanide koostamise juhend; eelarve, tegevused', url: '/protsessid/p02/#p02_j04', due: '2026-07-31', lastReview: '2026-05-31', intervalMonths: 2 }),
  ];
  const ics = createReviewCalendar(reviews, {
    name: 'VAJS ülevaatused',
    today: '2026-06-01',
    ownerNames: new Map([['strateegiaosakonna-juhataja', 'Strateegiaosakonna juhataja']]),
    origin: 'https://kasiraamat.example',
  });

  it('ends every line with CRLF and folds them to 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js into one all-day event per review, with the text intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('VAJS ülevaatused');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual([
      'Ülevaatus: P02 Strateegilise planeerimise ja finantsjuhtimise protsess',
      'Ülevaatus: P02_J04 Tööplaanide koostamise juhend; eelarve, tegevused',
    ]);
    expect(events.map((event) => [event.startDate.isDate, event.startDate.toString(), event.endDate.toString()])).toEqual([
      [true, '2026-06-30', '2026-07-01'],
      [true, '2026-07-31', '2026-08-01'],
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    expect(events[0]!.description).toBe(
      'Protsess: P02 Strateegilise planeerimise ja finantsjuhtimise protsess\nViimane ülevaatus: 2025-06-30; intervall 12 kuud.\nVastutab: Strateegiaosakonna juhataja.\nKirje: https://kasiraamat.example/protsessid/p02/\nFail: content/processes/p02.yaml',
    );
    expect(events[1]!.component.getFirstPropertyValue('url')).toBe('https://kasiraamat.example/protsessid/p02/#p02_j04');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-06-01T00:00:00Z');
  });

  it('holds a component even when nothing is scheduled, as RFC 5545 requires: the time zone of Estonia', () => {
    const calendar = new ICAL.Component(ICAL.parse(createReviewCalendar([], { name: 'Tühi', today: '2026-06-01' })));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    expect(zone.tzid).toBe('Europe/Tallinn');
    // Summer time: 3 hours ahead of UTC in July, 2 in January.
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2026-07-01T12:00:00'))).toBe(3 * 3600);
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2026-01-15T12:00:00'))).toBe(2 * 3600);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Sotsiaalministeerium//VAJS käsiraamat//ET');
  });
});
