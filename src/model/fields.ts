import { z } from 'astro/zod';

/** Ids are ASCII kebab-case slugs: they are the URLs and never change once published. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of an entry in another collection; the graph checks that the target exists. */
export function entryId(description: string) {
  return z.string().regex(SLUG_PATTERN, 'peab olema id väiketähtede ja sidekriipsudega, nt „kvaliteedijuht“').describe(description);
}

/** Free text that must not be blank when present. */
export function text(description: string) {
  return z.string().trim().min(1, 'ei tohi olla tühi').describe(description);
}

export function textList(description: string) {
  return z.array(text('Üks element.')).describe(description);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Every schema isoDate() made: the JSON Schema export describes them as date strings, which their output is. */
export const ISO_DATE_SCHEMAS = new WeakSet<object>();

/**
 * A calendar day. YAML parsers disagree on whether an unquoted 2026-01-15 is a Date or a string,
 * so both are accepted and normalised to "YYYY-MM-DD"; impossible days such as 2026-02-30 fail.
 */
export function isoDate(description: string) {
  const schema = z
    .union([z.date(), z.string()])
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'peab olema päris kuupäev kujul AAAA-KK-PP' });
          return z.NEVER;
        }
        return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
      }
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
      if (!match || !day || day.getUTCMonth() !== Number(match[2]) - 1 || day.getUTCDate() !== Number(match[3])) {
        ctx.addIssue({ code: 'custom', message: 'peab olema päris kuupäev kujul AAAA-KK-PP' });
        return z.NEVER;
      }
      return value;
    })
    .describe(description);
  ISO_DATE_SCHEMAS.add(schema);
  return schema;
}

/** A directive (käskkiri) that approved something: both parts may still be unknown. */
export const DirectiveSchema = z
  .strictObject({
    date: isoDate('Käskkirja kuupäev kujul AAAA-KK-PP.').optional(),
    number: text('Käskkirja number nii, nagu see on kirjas, nt „2“.').optional(),
  })
  .describe('Kinnitav käskkiri; jäta osa välja, kuni see pole teada.');
export type Directive = z.output<typeof DirectiveSchema>;

/** Where a fact is ambiguous in the source, the chosen reading is explained here for readers and reviewers. */
export const sourceNote = text('Miks väärtus on loetud just nii, kui allikas on mitmetähenduslik või puudulik.').optional();

/** Where in the source documents the entry comes from, e.g. "S1 ptk 3.2". */
export const source = text('Koht lähtedokumentides, kust see kirje pärineb, nt „S1 ptk 3.2, tabel“.');

/**
 * The review schedule (ülevaatuskalender) of a controlled entry: the last review and the months
 * until the next. Spread into processes, guides, role cards and the document so the calendar,
 * the overdue warning and the feeds read one shape. Both stay out until a review is recorded.
 */
export const reviewSchedule = {
  /** Day of the last review (ülevaatus), YYYY-MM-DD. */
  lastReview: isoDate('Viimase ülevaatuse kuupäev kujul AAAA-KK-PP; jäta välja, kuni ülevaatust pole kirja pandud.').optional(),
  /** Months between reviews; the next review is due this many months after the last. */
  reviewIntervalMonths: z.number().int().min(1).max(60).describe('Ülevaatuste vahe kuudes (ülevaatuse intervall).').optional(),
};

export const PROCESS_CODE_PATTERN = /^P\d{2}$/;
export const GUIDE_CODE_PATTERN = /^P\d{2}_J\d{2}$/;
