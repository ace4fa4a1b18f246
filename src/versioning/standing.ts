import type { Edit } from '../html/edits.ts';
import { attributeOf, closingTag, type HtmlTag } from '../html/html-tags.ts';

/**
 * How a page names where a published version stands: as a label ("Kehtiv versioon" in the
 * footer), after the version's number (" (kehtiv)" on the changes page), or as the verb before
 * the day it took effect ("kehtib alates 15.01.2026" on an entry page). A version is
 * rendered once, while it is in force, so every such text carries a mark that lets the build
 * put in its standing as of today when a newer version has superseded it.
 */
export const STANDING_FORMS = ['label', 'suffix', 'since'] as const;
export type StandingForm = (typeof STANDING_FORMS)[number];

function isStandingForm(value: string | undefined): value is StandingForm {
  return (STANDING_FORMS as readonly (string | undefined)[]).includes(value);
}

export function standingText(version: number, inForce: number, form: StandingForm): string {
  const current = version === inForce;
  if (form === 'label') return current ? 'Kehtiv versioon' : 'Kehtetu versioon';
  if (form === 'since') return current ? 'kehtib alates' : 'kehtis alates';
  return current ? ' (kehtiv)' : '';
}

/** The attributes of the element that holds a standing text, for the build to find it again. */
export function standingMark(version: number, form: StandingForm): Record<string, string> {
  return { 'data-standing-of': String(version), 'data-standing-form': form };
}

/** The attributes standingEdits reads. */
export const STANDING_ATTRIBUTES: ReadonlySet<string> = new Set(['data-standing-of', 'data-standing-form']);

/**
 * The edits that put into every marked standing text what it is once version `inForce` is in
 * force; `tags` are the page's (scanTags). The whole content of the marked element is the text.
 */
export function standingEdits(tags: readonly HtmlTag[], inForce: number): Edit[] {
  const edits: Edit[] = [];
  tags.forEach((tag, index) => {
    if (tag.type !== 'start') return;
    const version = attributeOf(tag, 'data-standing-of')?.value;
    const form = attributeOf(tag, 'data-standing-form')?.value;
    if (version === undefined || !/^\d+$/.test(version) || !isStandingForm(form)) return;
    const close = closingTag(tags, index);
    if (close >= 0) edits.push({ start: tag.end, end: tags[close]!.start, text: standingText(Number(version), inForce, form) });
  });
  return edits;
}
