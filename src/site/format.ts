import { formatDate } from '../text/format-date.ts';

export { formatDate };

type DirectiveParts = { date?: string | undefined; number?: string | undefined } | undefined;

/**
 * "15.01.2026 nr 2": the parts of a directive that are known, and nothing for those that are not
 * (an empty string when neither is), so a page shows only what the sources give.
 */
export function formatDirective(directive: DirectiveParts): string {
  return [directive?.date && formatDate(directive.date), directive?.number && `nr ${directive.number}`].filter(Boolean).join(' ');
}

/** Whether any part of a directive is known. */
export function isKnownDirective(directive: DirectiveParts): boolean {
  return Boolean(directive?.date || directive?.number);
}

/** "Tähis S1, versioon 3" as the parts of the sentence that says which version a page is: see EntryPage. */
export interface VersionInForce {
  /** "S1 versioon 3". */
  version: string;
  /** The day the version took effect, its directive's date ("15.01.2026"), when known. */
  since: string | undefined;
  /** "käskkiri nr 2", when the number is known. */
  directive: string | undefined;
}

/** Which version a page belongs to and since when it is in force: the version's directive takes effect on its date. */
export function versionInForce(document: { designation: string; version: number; approval?: DirectiveParts }): VersionInForce {
  return {
    version: `${document.designation} versioon ${document.version}`,
    since: document.approval?.date ? formatDate(document.approval.date) : undefined,
    directive: document.approval?.number ? `käskkiri nr ${document.approval.number}` : undefined,
  };
}

/** The known parts of a directive ("15.01.2026 nr 2", "nr 2"), or nothing when the source leaves both blank. */
export function formatKnownDirective(directive: { date?: string | undefined; number?: string | undefined } | undefined): string | undefined {
  const parts = [directive?.date && formatDate(directive.date), directive?.number && `nr ${directive.number}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** A value written in lower case in the data ("administratiivne juhtimine") as the first word of a fact. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('et') + text.slice(1);
}
