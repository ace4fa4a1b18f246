import type { CheckResult } from '../check/check-content.ts';
import type { Problem, ProblemCode } from '../errors/problem.ts';
import { entryKey } from '../graph/build-graph.ts';
import type { CollectionKey } from '../model/collections.ts';
import { entryTitle } from '../site/titles.ts';
import { entryUrl } from '../site/urls.ts';
import { describeMissingSchedule, KIND_LABELS, listReviewSubjects, type ReviewSubject, scheduleReviews, type ScheduledReview } from '../reviews/schedule.ts';
import { formatDate } from '../text/format-date.ts';
import { plural } from '../text/plural.ts';

/** One thing that needs attention, with where to read it (the site) and where to fix it (the file). */
export interface HealthItem {
  title: string;
  /** A short name for compact lists: a code or an id. */
  short?: string | undefined;
  /** The entry's page on the site; absent for a file that is no entry (e.g. a stray folder). */
  url?: string | undefined;
  /** The source file, relative to the repository, with the line where known. */
  file: string;
  line?: number | undefined;
  /** What is wrong: the checker's message for its findings, or the report's own sentence. */
  text: string;
  code?: ProblemCode | undefined;
  /** How serious: an error stops the build, a warning is a gap, a note only informs (drafting). */
  severity: 'error' | 'warning' | 'note';
  /** The collection of the entry the item is about. */
  collection?: CollectionKey | undefined;
}

export type HealthSectionId =
  | 'vead'
  | 'ulevaatus-hilinenud'
  | 'ulevaatus-30-paeva-jooksul'
  | 'ulevaatus-90-paeva-jooksul'
  | 'protsessid-loomisel'
  | 'puuduvad-vaartused'
  | 'ametikohad-asutuseta'
  | 'maaratlemata-rollifunktsioonid'
  | 'taitmata-mallivaljad'
  | 'kinnitamise-andmed-puuduvad'
  | 'selgitamata-moisted'
  | 'muud-hoiatused';

export interface HealthSection {
  id: HealthSectionId;
  heading: string;
  /** One sentence on what the section holds and what to do about it. */
  about: string;
  items: HealthItem[];
}

/** Entries without a review schedule, one group per kind: listed compactly, because today that is nearly everything. */
export interface UnscheduledGroup {
  kind: ReviewSubject['kind'];
  heading: string;
  items: HealthItem[];
}

export interface HealthReport {
  today: string;
  sections: HealthSection[];
  unscheduled: UnscheduledGroup[];
  /** Items in all sections: the number of things that need attention. */
  total: number;
}

const SECTION_TEXT: Record<HealthSectionId, { heading: string; about: string }> = {
  vead: { heading: 'Vead', about: 'Sisu vead, mille tõttu sait ei ehitu; parandada enne kõike muud.' },
  'ulevaatus-hilinenud': { heading: 'Hilinenud ülevaatused', about: 'Ülevaatuse tähtaeg on möödas.' },
  'ulevaatus-30-paeva-jooksul': { heading: 'Ülevaatus 30 päeva jooksul', about: 'Ülevaatuse tähtaeg on järgmise 30 päeva jooksul.' },
  'ulevaatus-90-paeva-jooksul': { heading: 'Ülevaatus 31–90 päeva jooksul', about: 'Ülevaatuse tähtaeg on 31 kuni 90 päeva pärast.' },
  'protsessid-loomisel': { heading: 'Protsessid loomisel', about: 'Protsessid, mille kirjeldus on veel pooleli, ja alates millal.' },
  'puuduvad-vaartused': { heading: 'Avaldamiseks puuduvad väärtused', about: 'Kohustuslikud väljad, mida allikad ei anna; lisada kinnitatud allikast.' },
  'ametikohad-asutuseta': { heading: 'Ametikohad ilma asutuseta', about: 'Ametikohad, mille asutust allikad ei nimeta.' },
  'maaratlemata-rollifunktsioonid': { heading: 'Määratlemata rollifunktsioonid', about: 'Rollikaartidel kasutatud funktsioonid, mida rollide seletav sõnaraamat ei määratle.' },
  'taitmata-mallivaljad': { heading: 'Täitmata mallikohad', about: 'Sisu, kuhu on jäänud malli täitmata väli, nt {regNumber}.' },
  'kinnitamise-andmed-puuduvad': { heading: 'Kinnitamise andmed puuduvad', about: 'Kinnitava käskkirja kuupäev või number või ametijuhendi allkirjastaja on teadmata.' },
  'selgitamata-moisted': { heading: 'Selgitamata mõisted', about: 'Mõisted ja lühendid, millel pole täiskuju ega definitsiooni.' },
  'muud-hoiatused': { heading: 'Muud hoiatused', about: 'Kontrolli hoiatused, mis ei kuulu ülal nimetatud rühmadesse.' },
};

/** Which section a checker finding belongs to: the checker's rules decide what is wrong, this only sorts. */
function sectionOf(problem: Problem, collection: string | undefined): HealthSectionId | undefined {
  switch (problem.code) {
    case 'OverdueReview':
      return undefined; // the review sections show it, with the due day
    case 'UnfilledPlaceholder':
      return 'taitmata-mallivaljad';
    case 'IncompleteEntry':
      return collection === 'positions' && problem.field === 'organization' ? 'ametikohad-asutuseta' : 'puuduvad-vaartused';
    case 'UndefinedRoleFunction':
      return 'maaratlemata-rollifunktsioonid';
    case 'MissingApproval':
      return 'kinnitamise-andmed-puuduvad';
    case 'UnexplainedTerm':
      return 'selgitamata-moisted';
    default:
      return problem.severity === 'error' ? 'vead' : 'muud-hoiatused';
  }
}


function describeDue(review: ScheduledReview): string {
  const when = review.daysLeft < 0 ? `${plural(-review.daysLeft, 'päev', 'päeva')} üle tähtaja` : review.daysLeft === 0 ? 'tähtaeg täna' : `${plural(review.daysLeft, 'päev', 'päeva')} jäänud`;
  return `${KIND_LABELS[review.kind].one}: ülevaatus ${formatDate(review.due)} (${when}); viimane ülevaatus ${formatDate(review.lastReview)}, intervall ${review.intervalMonths} kuud.`;
}

/**
 * The quality manager's report: every checker finding sorted into sections, plus the review
 * calendar's due and overdue reviews and the processes being drafted. Pure: `today` comes in.
 */
export function buildHealthReport(result: CheckResult, today: string): HealthReport {
  const sections = new Map<HealthSectionId, HealthItem[]>(Object.keys(SECTION_TEXT).map((id) => [id as HealthSectionId, []]));
  const byFile = new Map(result.entries.map((entry) => [entry.file, entry] as const));
  const byKey = new Map(result.entries.map((entry) => [entryKey(entry.collection, entry.id), entry] as const));

  // 1. The checker's findings, each under the entry it is about.
  for (const problem of result.problems) {
    const entry = byFile.get(problem.file);
    const section = sectionOf(problem, entry?.collection);
    if (!section) continue;
    sections.get(section)!.push({
      title: entry ? entryTitle(entry.collection, entry.id, entry.data) : problem.file,
      url: entry ? entryUrl(entry.collection, entry.id) : undefined,
      file: problem.file,
      line: problem.line,
      text: problem.message,
      code: problem.code,
      severity: problem.severity,
      collection: entry?.collection,
    });
  }

  // 2. Reviews by how soon they are due.
  const schedule = scheduleReviews(listReviewSubjects(result.entries), today);
  const reviewSection = { overdue: 'ulevaatus-hilinenud', within30: 'ulevaatus-30-paeva-jooksul', within90: 'ulevaatus-90-paeva-jooksul' } as const;
  for (const review of schedule.scheduled) {
    if (review.urgency === 'later') continue;
    const entry = byKey.get(entryKey(review.collection, review.id));
    sections.get(reviewSection[review.urgency])!.push({
      title: review.title,
      url: review.url,
      file: review.file ?? '',
      line: entry?.locate([...review.path, 'lastReview']),
      text: describeDue(review),
      code: review.urgency === 'overdue' ? 'OverdueReview' : undefined,
      severity: review.urgency === 'overdue' ? 'warning' : 'note',
      collection: review.collection,
    });
  }

  // 3. Processes being drafted, and since when where the content says.
  for (const entry of result.entries) {
    if (entry.collection !== 'processes') continue;
    const process = entry.data;
    if (process.status !== 'loomisel') continue;
    sections.get('protsessid-loomisel')!.push({
      title: entryTitle('processes', entry.id, entry.data),
      url: entryUrl('processes', entry.id),
      file: entry.file,
      line: entry.locate(['status']),
      text: process.statusSince ? `Loomisel alates ${formatDate(process.statusSince)}.` : 'Loomisel; alates millal, allikad ei ütle.',
      severity: 'note',
      collection: 'processes',
    });
  }

  const unscheduled = (['document', 'process', 'guide', 'roleCard'] as const)
    .map((kind) => ({
      kind,
      heading: KIND_LABELS[kind].many,
      items: schedule.unscheduled
        .filter((subject) => subject.kind === kind)
        .map((subject) => ({ title: subject.title, short: subject.short, url: subject.url, file: subject.file ?? '', text: describeMissingSchedule(subject), severity: 'note' as const, collection: subject.collection })),
    }))
    .filter((group) => group.items.length > 0);

  // Findings read file by file, as in `npm run check`; reviews stay soonest first.
  for (const [id, items] of sections) {
    if (!id.startsWith('ulevaatus-')) items.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  }
  const list = [...sections].map(([id, items]) => ({ id, ...SECTION_TEXT[id], items }));
  return { today, sections: list, unscheduled, total: list.reduce((sum, section) => sum + section.items.length, 0) };
}
