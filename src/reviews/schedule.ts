import type { GraphEntry } from '../graph/build-graph.ts';
import type { CollectionKey } from '../model/collections.ts';
import { entryTitle } from '../site/titles.ts';
import { entryUrl } from '../site/urls.ts';
import { addMonths, daysBetween } from './days.ts';
import { compareEstonian } from '../text/estonian-order.ts';

/** Something that is reviewed on a calendar: a process, a guide of a process, a role card or a controlled document. */
export interface ReviewSubject {
  kind: 'process' | 'guide' | 'roleCard' | 'document';
  /** The entry that holds the schedule (a guide lives in its process). */
  collection: CollectionKey;
  id: string;
  /** A stable key for the subject, e.g. "processes/p02#p02_j04"; the iCalendar UID is made from it. */
  key: string;
  title: string;
  /** A short name for lists: the guide or process code, else the id. */
  short: string;
  url: string;
  file?: string | undefined;
  /** Where the schedule sits in the entry's data, for line numbers in messages. */
  path: PropertyKey[];
  /** Id of the post responsible for the review (a process's owner, also for its guides). */
  owner?: string | undefined;
  lastReview?: string | undefined;
  intervalMonths?: number | undefined;
}

export type ReviewUrgency = 'overdue' | 'within30' | 'within90' | 'later';

export interface ScheduledReview extends ReviewSubject {
  lastReview: string;
  intervalMonths: number;
  due: string;
  /** Days from today to the due day; negative when overdue. */
  daysLeft: number;
  urgency: ReviewUrgency;
}

export interface ReviewSchedule {
  today: string;
  /** Every subject with a full schedule, soonest due first. */
  scheduled: ScheduledReview[];
  /** Subjects that lack a last review or an interval: they are never due, which the report says out loud. */
  unscheduled: ReviewSubject[];
}

/** The Estonian names of the kinds of entry that have reviews: one of them, and the heading of many. */
export const KIND_LABELS: Record<ReviewSubject['kind'], { one: string; many: string }> = {
  process: { one: 'protsess', many: 'Protsessid' },
  guide: { one: 'juhend', many: 'Juhendid' },
  roleCard: { one: 'rollikaart', many: 'Rollikaardid' },
  document: { one: 'dokument', many: 'Dokumendid' },
};

/** Every entry that has a review schedule (or should have one), in a stable order. */
export function listReviewSubjects(entries: readonly GraphEntry[]): ReviewSubject[] {
  const subjects: ReviewSubject[] = [];
  const base = (entry: GraphEntry) => ({
    collection: entry.collection,
    id: entry.id,
    key: `${entry.collection}/${entry.id}`,
    title: entryTitle(entry.collection, entry.id, entry.data),
    short: 'code' in entry.data && typeof entry.data.code === 'string' ? entry.data.code : entry.id,
    url: entryUrl(entry.collection, entry.id),
    file: entry.file,
  });
  for (const entry of entries) {
    if (entry.collection === 'documents') {
      const document = entry.data;
      subjects.push({ ...base(entry), kind: 'document', path: [], lastReview: document.lastReview, intervalMonths: document.reviewIntervalMonths });
    } else if (entry.collection === 'processes') {
      const process = entry.data;
      subjects.push({ ...base(entry), kind: 'process', path: [], owner: process.owner, lastReview: process.lastReview, intervalMonths: process.reviewIntervalMonths });
      process.guides.forEach((guide, index) => {
        const anchor = guide.code.toLowerCase();
        subjects.push({
          ...base(entry),
          kind: 'guide',
          key: `${entry.collection}/${entry.id}#${anchor}`,
          title: guide.name ? `${guide.code} ${guide.name}` : guide.code,
          short: guide.code,
          url: `${entryUrl(entry.collection, entry.id)}#${anchor}`,
          path: ['guides', index],
          owner: process.owner,
          lastReview: guide.lastReview,
          intervalMonths: guide.reviewIntervalMonths,
        });
      });
    } else if (entry.collection === 'roles') {
      const card = entry.data.card;
      if (card) subjects.push({ ...base(entry), kind: 'roleCard', path: ['card'], lastReview: card.lastReview, intervalMonths: card.reviewIntervalMonths });
    }
  }
  const order: ReviewSubject['kind'][] = ['document', 'process', 'guide', 'roleCard'];
  return subjects.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || compareEstonian(a.key, b.key));
}

function urgencyOf(daysLeft: number): ReviewUrgency {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 30) return 'within30';
  if (daysLeft <= 90) return 'within90';
  return 'later';
}

/** When each subject is due, as seen on `today` (passed in: nothing here reads the clock). */
export function scheduleReviews(subjects: readonly ReviewSubject[], today: string): ReviewSchedule {
  const scheduled: ScheduledReview[] = [];
  const unscheduled: ReviewSubject[] = [];
  for (const subject of subjects) {
    if (!subject.lastReview || !subject.intervalMonths) {
      unscheduled.push(subject);
      continue;
    }
    const due = addMonths(subject.lastReview, subject.intervalMonths);
    const daysLeft = daysBetween(today, due);
    scheduled.push({ ...subject, lastReview: subject.lastReview, intervalMonths: subject.intervalMonths, due, daysLeft, urgency: urgencyOf(daysLeft) });
  }
  scheduled.sort((a, b) => a.due.localeCompare(b.due) || compareEstonian(a.key, b.key));
  return { today, scheduled, unscheduled };
}

/** What a subject lacks to be scheduled, in Estonian, e.g. "viimane ülevaatus ja intervall puuduvad". */
export function describeMissingSchedule(subject: ReviewSubject): string {
  if (!subject.lastReview && !subject.intervalMonths) return 'viimane ülevaatus ja intervall puuduvad';
  return subject.lastReview ? 'ülevaatuse intervall puudub' : 'viimase ülevaatuse kuupäev puudub';
}
