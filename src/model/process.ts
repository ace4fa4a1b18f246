import { z } from 'astro/zod';
import { DirectiveSchema, entryId, GUIDE_CODE_PATTERN, isoDate, PROCESS_CODE_PATTERN, reviewSchedule, source, sourceNote, text } from './fields.ts';

export const PROCESS_STATUSES = ['kinnitatud', 'loomisel', 'ühendatud'] as const;
export const PROCESS_KINDS = ['põhiprotsess', 'tugiprotsess'] as const;

export const GuideSchema = z.strictObject({
  code: z.string().regex(GUIDE_CODE_PATTERN, 'peab olema kujul „P02_J04“').describe('Code of the guide (juhend), e.g. "P02_J04".'),
  name: text('Name of the guide as the sources write it; leave out while unknown.').optional(),
  subject: text('What the guide covers, in the words of the text that cites it.').optional(),
  citedIn: text('Where the sources cite the guide, e.g. "S1 ptk 1.5".').optional(),
  ...reviewSchedule,
});
export type Guide = z.output<typeof GuideSchema>;

export const ProcessSchema = z.strictObject({
  name: text('Name of the process as in the process table, e.g. "Hankeprotsess"; leave out while unknown.').optional(),
  code: z
    .string()
    .regex(PROCESS_CODE_PATTERN, 'peab olema kujul „P15“')
    .describe('Process code P01…P99; leave out while the process has none (loomisel).')
    .optional(),
  status: z
    .enum(PROCESS_STATUSES)
    .describe('kinnitatud (approved), loomisel (being drafted) or ühendatud (described inside another process).')
    .optional(),
  /** The day the process got its current status, e.g. since when it is loomisel. */
  statusSince: isoDate('Day the process got its current status, e.g. since when it is loomisel; leave out while unknown.').optional(),
  kind: z.enum(PROCESS_KINDS).describe('põhiprotsess (core process) or tugiprotsess (support process); leave out while unknown.').optional(),
  owner: entryId('Id of the post that owns the process (protsessiomanik).').optional(),
  supportService: entryId('Id of the support service (tugiteenus) the process belongs to.').optional(),
  partOf: entryId('Id of the process that describes this one, e.g. "Eelarve planeerimine (viide P02)".').optional(),
  guides: z.array(GuideSchema).default([]).describe('Guides (juhendid) of the process.'),
  version: z.number().int().min(1).describe('Version number of the process description.').optional(),
  approval: DirectiveSchema.optional(),
  ...reviewSchedule,
  order: z.number().int().min(0).describe('Row order in the process table of S1.'),
  note: sourceNote,
  source,
});
export type Process = z.output<typeof ProcessSchema>;
