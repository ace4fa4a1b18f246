import { formatDate } from '../text/format-date.ts';

export { formatDate };

/** "15.01.2026 nr 2", with the unknown parts said out loud rather than hidden. */
export function formatDirective(directive: { date?: string | undefined; number?: string | undefined } | undefined): string {
  const date = directive?.date ? formatDate(directive.date) : 'kuupäev teadmata';
  const number = directive?.number ? `nr ${directive.number}` : 'number teadmata';
  return `${date} ${number}`;
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
