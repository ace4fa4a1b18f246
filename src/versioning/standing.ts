/**
 * How a page names where a published version stands: as a label ("Kehtiv versioon" in the
 * footer), after the version's number (" (kehtiv)" on the changes page), or as the verb before
 * the day it took effect ("kehtib alates 15.01.2026" on an entry page). A version is
 * rendered once, while it is in force, so every such text carries a mark that lets the build
 * put in its standing as of today when a newer version has superseded it.
 */
export type StandingForm = 'label' | 'suffix' | 'since';

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

const MARKED = /(<span\b[^>]*\sdata-standing-of="(\d+)"[^>]*\sdata-standing-form="(label|suffix|since)"[^>]*>)[^<]*(<\/span>)/g;

/** Puts into every marked standing text what it is once version `inForce` is in force. */
export function restand(html: string, inForce: number): string {
  return html.replace(MARKED, (_, open: string, version: string, form: StandingForm, close: string) => `${open}${standingText(Number(version), inForce, form)}${close}`);
}
