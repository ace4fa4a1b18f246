import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/graph/build-graph.ts';
import { listReviewSubjects, type ReviewSubject, scheduleReviews } from '../../src/reviews/schedule.ts';
import { partialEntry } from '../support/partial-entry.ts';

function makeProcess(id: string, data: Record<string, unknown> = {}): GraphEntry {
  return partialEntry('processes', id, { name: `Protsess ${id}`, order: 0, guides: [], source: 'S1', ...data });
}

function makeSubject(overrides: Partial<ReviewSubject>): ReviewSubject {
  return { kind: 'process', collection: 'processes', id: 'p02', key: 'processes/p02', title: 'P02', short: 'P02', url: '/protsessid/p02/', path: [], ...overrides };
}

describe('listReviewSubjects', () => {
  it('lists the document, processes, their guides and role cards, but not roles without a card', () => {
    const entries: GraphEntry[] = [
      partialEntry('roles', 'poliitikajuht', { name: 'Poliitikajuht' }),
      partialEntry('roles', 'ska-testjuht', { name: 'Testjuht', card: { lastReview: '2026-01-10', reviewIntervalMonths: 6 } }),
      makeProcess('p02', { code: 'P02', owner: 'kvaliteedijuht', guides: [{ code: 'P02_J04', name: 'Tööplaanide juhend', reviewIntervalMonths: 12 }] }),
      partialEntry('documents', 's1', { title: 'VAJS kirjeldus' }),
    ];
    const subjects = listReviewSubjects(entries);
    expect(subjects.map((subject) => [subject.kind, subject.key, subject.url, subject.owner])).toEqual([
      ['document', 'documents/s1', '/dokumendid/s1/', undefined],
      ['process', 'processes/p02', '/protsessid/p02/', 'kvaliteedijuht'],
      ['guide', 'processes/p02#p02_j04', '/protsessid/p02/#p02_j04', 'kvaliteedijuht'],
      ['roleCard', 'roles/ska-testjuht', '/rollid/ska-testjuht/', undefined],
    ]);
    expect(subjects[2]).toMatchObject({ title: 'P02_J04 Tööplaanide juhend', short: 'P02_J04', path: ['guides', 0], intervalMonths: 12 });
    expect(subjects[3]).toMatchObject({ path: ['card'], lastReview: '2026-01-10', intervalMonths: 6 });
  });
});

describe('scheduleReviews', () => {
  const today = '2026-06-01';

  it('sorts reviews by how soon they are due: overdue, within 30 days, within 90 days, later', () => {
    const subjects = [
      makeSubject({ key: 'a', lastReview: '2025-06-01', intervalMonths: 12 }), // due today
      makeSubject({ key: 'b', lastReview: '2025-05-31', intervalMonths: 12 }), // yesterday
      makeSubject({ key: 'c', lastReview: '2026-01-01', intervalMonths: 6 }), // 2026-07-01, 30 days
      makeSubject({ key: 'd', lastReview: '2026-01-02', intervalMonths: 6 }), // 2026-07-02, 31 days
      makeSubject({ key: 'e', lastReview: '2025-08-30', intervalMonths: 12 }), // 2026-08-30, 90 days
      makeSubject({ key: 'f', lastReview: '2025-08-31', intervalMonths: 12 }), // 2026-08-31, 91 days
    ];
    const { scheduled } = scheduleReviews(subjects, today);
    expect(scheduled.map((review) => [review.key, review.due, review.daysLeft, review.urgency])).toEqual([
      ['b', '2026-05-31', -1, 'overdue'],
      ['a', '2026-06-01', 0, 'within30'],
      ['c', '2026-07-01', 30, 'within30'],
      ['d', '2026-07-02', 31, 'within90'],
      ['e', '2026-08-30', 90, 'within90'],
      ['f', '2026-08-31', 91, 'later'],
    ]);
  });

  it('keeps subjects without a last review or an interval apart, never due', () => {
    const subjects = [makeSubject({ key: 'a' }), makeSubject({ key: 'b', lastReview: '2020-01-01' }), makeSubject({ key: 'c', intervalMonths: 12 })];
    const schedule = scheduleReviews(subjects, today);
    expect(schedule.scheduled).toEqual([]);
    expect(schedule.unscheduled.map((subject) => subject.key)).toEqual(['a', 'b', 'c']);
  });
});
