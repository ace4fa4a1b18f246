import { formatDate } from '../site/format.ts';

/**
 * The controlled copy's "Koopia tehtud" is the day the copy is made, not the day the version
 * was built: the page is rendered once per version and kept, so the build cannot know it. The
 * page leaves a line to write the day on; this fills it with today's date where the page is read
 * and again just before it is printed (a page may stay open overnight). `npm run pdf` fills it
 * itself as well (scripts/pdf.ts).
 */

/** Today, or `date`, as an ISO day in the reader's own time zone (toISOString would give UTC's). */
export function localIsoDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The attribute of the element that holds the copy's day. */
export const COPY_DAY_ATTRIBUTE = 'data-copy-day';

/** Writes `isoDay` into every copy-day line on the page; the write-in line gives way to it. */
export function fillCopyDay(isoDay: string = localIsoDay()): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[${COPY_DAY_ATTRIBUTE}]`)) {
    element.textContent = formatDate(isoDay);
    element.classList.remove('write-in');
  }
}

/** Fills the day now and before every print. */
export function trackCopyDay(): void {
  fillCopyDay();
  window.addEventListener('beforeprint', () => fillCopyDay());
}
