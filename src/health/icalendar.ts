import { addDays } from '../reviews/days.ts';
import { KIND_LABELS, type ScheduledReview } from '../reviews/schedule.ts';

/**
 * An iCalendar (RFC 5545) feed of reviews, one all-day event each, written by hand because the
 * format is small: CRLF line ends, text escaping, and folding at 75 octets are all it takes.
 * Outlook, Google and Apple calendars subscribe to it.
 */

export interface CalendarOptions {
  /** The calendar's name in the reader's calendar list. */
  name: string;
  /** The day the feed is written; DTSTAMP is its midnight in UTC, so one day's build is reproducible. */
  today: string;
  /** Owner names by post id, for the event description. */
  ownerNames?: ReadonlyMap<string, string>;
  /** The site's origin (e.g. "https://…"), to turn entry paths into links; without it the path is given as text. */
  origin?: string | undefined;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into parts of at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // A continuation line starts with one space, which counts towards its 75 octets.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function compactDay(isoDay: string): string {
  return isoDay.replaceAll('-', '');
}

function eventOf(review: ScheduledReview, options: CalendarOptions): string[] {
  const owner = review.owner ? (options.ownerNames?.get(review.owner) ?? review.owner) : undefined;
  const link = options.origin ? new URL(review.url, options.origin).href : undefined;
  const description = [
    `${KIND_LABELS[review.kind].one[0]!.toUpperCase()}${KIND_LABELS[review.kind].one.slice(1)}: ${review.title}`,
    `Viimane ülevaatus: ${review.lastReview}; intervall ${review.intervalMonths} kuud.`,
    owner ? `Vastutab: ${owner}.` : undefined,
    `Kirje: ${link ?? review.url}`,
    review.file ? `Fail: ${review.file}` : undefined,
  ].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    // One event per review cycle: a new lastReview gives a new due day and so a new event.
    `UID:${review.key.replace(/[^A-Za-z0-9_-]+/g, '-')}-${compactDay(review.due)}@vajs-kasiraamat`,
    `DTSTAMP:${compactDay(options.today)}T000000Z`,
    `DTSTART;VALUE=DATE:${compactDay(review.due)}`,
    `DTEND;VALUE=DATE:${compactDay(addDays(review.due, 1))}`,
    `SUMMARY:${escapeText(`Ülevaatus: ${review.title}`)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    ...(link ? [`URL:${link}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * Estonia's time zone. The events are all-day and need none, but RFC 5545 wants at least one
 * component in a calendar, and a feed with nothing due yet must still be valid; Outlook also
 * reads the calendar's zone from here.
 */
const TALLINN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Tallinn',
  'BEGIN:STANDARD',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

/** The whole feed as text, ready to serve as text/calendar. */
export function createReviewCalendar(reviews: readonly ScheduledReview[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sotsiaalministeerium//VAJS käsiraamat//ET',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Europe/Tallinn',
    ...TALLINN,
    ...reviews.flatMap((review) => eventOf(review, options)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
