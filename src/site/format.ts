import { formatDate } from '../text/format-date.ts';

export { formatDate };

/** "15.01.2026 nr 2", with the unknown parts said out loud rather than hidden. */
export function formatDirective(directive: { date?: string | undefined; number?: string | undefined } | undefined): string {
  const date = directive?.date ? formatDate(directive.date) : 'kuupäev teadmata';
  const number = directive?.number ? `nr ${directive.number}` : 'number teadmata';
  return `${date} ${number}`;
}
