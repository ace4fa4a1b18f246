import type { Body } from '../model/body.ts';
import type { Role } from '../model/role.ts';
import { capitalise } from './format.ts';

/**
 * What a role page shows, each fact once. A role is described by up to three sources that often
 * say the same thing: the opening and the duties of its S1 annex (LISA 1–5), its row in S1's
 * Table 1, and its row in the slides' roles table. The annex is the fullest, so it is shown
 * whole; of Table 1 only the lines the annex does not already say; the slides' wording only when
 * it says something else. What remains of a source is shown once, under that source's name.
 */
export interface RoleView {
  /** Paragraphs of the role's own description (the annex's opening). */
  lead: string[];
  duties?: DutySection;
  /** Table 1's lines that the page does not already say, and its NB note. */
  level?: { heading: string; lines: string[]; note?: string | undefined };
  /** The slides' wording where it differs, and their footnote. */
  slides?: { paragraphs: string[]; footnote?: string | undefined };
}

export interface DutySection {
  heading: string;
  source?: string | undefined;
  groups: { subheading?: string | undefined; duties: Role['dutyGroups'][number]['duties'] }[];
  /** Table 1's NB note, when Table 1 is the section's source. */
  note?: string | undefined;
}

/** The duties heading of every role page; a group heading repeating it is not shown again. */
export const DUTIES_HEADING = 'Ülesanded ja vastutus';

/**
 * Thresholds of `containment`. Within S1, Table 1 restates the annex in other words ("Juhib oma
 * poliitikavaldkonda sisuliselt" for "Poliitikajuhi roll on oma poliitikavaldkonna sisuline
 * juhtimine"): a line sharing most of its letter triples with one sentence of the annex says the
 * same. The slides are another source: their row goes only when it is S1's text but for a comma
 * or a word; where it differs more, the reader sees how the slides put it. On version 3 the lines
 * kept score at most 0.74 and those left out at least 0.83; the slides' rows kept at most 0.92,
 * those left out at least 0.98.
 */
const RESTATED_IN_S1 = 0.8;
const SAME_AS_S1 = 0.95;

const normalise = (text: string): string =>
  ` ${(text.toLocaleLowerCase('et').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

function trigrams(text: string): Map<string, number> {
  const normal = normalise(text);
  const counts = new Map<string, number>();
  for (let at = 0; at + 3 <= normal.length; at += 1) {
    const gram = normal.slice(at, at + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * How much of `text` stands in `other`, from 0 to 1, by letter triples: inflection and
 * punctuation barely move it ("ning seab" and ", seab" agree), a clause of its own does.
 */
export function containment(text: string, other: string): number {
  const mine = trigrams(text);
  const theirs = trigrams(other);
  let total = 0;
  let shared = 0;
  for (const [gram, count] of mine) {
    total += count;
    shared += Math.min(count, theirs.get(gram) ?? 0);
  }
  return total === 0 ? 1 : shared / total;
}

/** True when one of `shown` already says `text` in (nearly) the same words. */
export function saidAlready(text: string, shown: readonly string[], threshold = RESTATED_IN_S1): boolean {
  return shown.some((other) => containment(text, other) >= threshold);
}

/** Paragraphs of a text field: blank lines part them; a slide's bullet sign is dropped. */
export function paragraphsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/^[•·]\s*/, ''))
    .filter(Boolean);
}

/** Sentences of a paragraph, so that a table line is compared with one sentence of the annex, not with all of it. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?;])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * The heading of one group of duties under the section heading: none when it only repeats it
 * ("Ülesanded ja vastutus"), the rest of it when it continues it ("… portfellijuhina" →
 * "Portfellijuhina"), else the group's own heading.
 */
export function subheadingOf(groupHeading: string, sectionHeading: string): string | undefined {
  const heading = groupHeading.trim();
  const section = sectionHeading.toLocaleLowerCase('et');
  const lower = heading.toLocaleLowerCase('et');
  if (lower === section) return undefined;
  if (lower.startsWith(`${section} `)) {
    return capitalise(heading.slice(section.length).trim());
  }
  return heading;
}

const dutyTexts = (groups: Role['dutyGroups']): string[] =>
  groups.flatMap((group) => group.duties.flatMap((duty) => (typeof duty === 'string' ? [duty] : [duty.duty, ...duty.items])));

/** Decides what the page of `role` shows, and where. */
export function describeRole(role: Role): RoleView {
  const lead = paragraphsOf(role.summary);
  const view: RoleView = { lead };
  const shown = [...lead.flatMap(sentencesOf), ...dutyTexts(role.dutyGroups)];

  const groups = role.dutyGroups.map((group) => ({ subheading: subheadingOf(group.heading, DUTIES_HEADING), duties: group.duties }));
  if (groups.length > 0) view.duties = { heading: DUTIES_HEADING, source: role.annex && `S1 ${role.annex}`, groups };

  const lines = role.levelDescription.filter((line) => !saidAlready(line, shown));
  if (!view.duties && lines.length > 0) {
    // Without an annex, Table 1 is the role's description of duties.
    view.duties = { heading: DUTIES_HEADING, source: 'S1 tabel 1', groups: [{ duties: lines }], note: role.levelNote };
  } else if (lines.length > 0 || role.levelNote) {
    // Where some lines were left out, the heading says that these are what Table 1 adds.
    const heading = lines.length < role.levelDescription.length ? 'Lisaks juhtimistasandite tabelis (S1 tabel 1)' : 'Juhtimistasandite tabelis (S1 tabel 1)';
    view.level = { heading, lines, note: role.levelNote };
  }
  shown.push(...role.levelDescription);

  // The slides' row is one text: shown whole where it says something else, never cut to pieces.
  const slideText = paragraphsOf(role.overview);
  const covered = slideText.length > 0 && saidAlready(slideText.join(' '), [role.summary ?? '', role.levelDescription.join(' ')], SAME_AS_S1);
  const paragraphs = covered ? [] : slideText;
  if (lead.length === 0 && !view.duties && !view.level) {
    // Only the slides describe the role (e.g. the service core team): their row is its description.
    view.lead = paragraphs;
    if (role.overviewNote) view.slides = { paragraphs: [], footnote: role.overviewNote };
  } else if (paragraphs.length > 0 || role.overviewNote) {
    view.slides = { paragraphs, footnote: role.overviewNote };
  }
  return view;
}

/** A body the role sits in, with what the source says of its place there ("vajaduspõhiselt", "2x kuus (I ja III T)"). */
export interface Seat {
  body: string;
  qualifiers: string[];
}

/**
 * The bodies a role chairs and those it sits in otherwise. A chair is listed once, as chair,
 * though Table 2 also names it among the participants.
 */
export function seatsOf(roleId: string, bodies: readonly { id: string; data: Body }[]): { chairs: string[]; sits: Seat[] } {
  const chairs = bodies.filter((body) => body.data.chair === roleId).map((body) => body.id);
  const sits = bodies
    .filter((body) => !chairs.includes(body.id))
    .flatMap((body) => {
      const places = body.data.participants.filter((participant) => participant.role === roleId);
      if (places.length === 0) return [];
      // Qualified only when every place of the role in the body is (a role named twice, once unconditionally, sits there always).
      const qualifiers = places.every((place) => place.whenNeeded || place.note)
        ? [...new Set(places.flatMap((place) => [...(place.whenNeeded ? ['vajaduspõhiselt'] : []), ...(place.note ? [place.note] : [])]))]
        : [];
      return [{ body: body.id, qualifiers }];
    });
  return { chairs, sits };
}
