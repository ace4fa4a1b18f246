/**
 * How a page names where a published version stands: as a label ("Kehtiv versioon" in the
 * footer) or after the version's number (" (kehtiv)" on the changes page). A version is
 * rendered once, while it is in force, so every such text carries a mark that lets the build
 * put in its standing as of today when a newer version has superseded it.
 */
export type StandingForm = 'label' | 'suffix';

export function standingText(version: number, inForce: number, form: StandingForm): string {
  const current = version === inForce;
  if (form === 'label') return current ? 'Kehtiv versioon' : 'Kehtetu versioon';
  return current ? ' (kehtiv)' : '';
}

/** The attributes of the element that holds a standing text, for the build to find it again. */
export function standingMark(version: number, form: StandingForm): Record<string, string> {
  return { 'data-standing-of': String(version), 'data-standing-form': form };
}

const MARKED = /(<span\b[^>]*\sdata-standing-of="(\d+)"[^>]*\sdata-standing-form="(label|suffix)"[^>]*>)[^<]*(<\/span>)/g;

/** Puts into every marked standing text what it is once version `inForce` is in force. */
export function restand(html: string, inForce: number): string {
  return html.replace(MARKED, (_, open: string, version: string, form: StandingForm, close: string) => `${open}${standingText(Number(version), inForce, form)}${close}`);
}
