import { z } from 'astro/zod';
import { DirectiveSchema, entryId, GUIDE_CODE_PATTERN, isoDate, PROCESS_CODE_PATTERN, reviewSchedule, source, sourceNote, text } from './fields.ts';

export const PROCESS_STATUSES = ['kinnitatud', 'loomisel', 'ühendatud'] as const;
export const PROCESS_KINDS = ['põhiprotsess', 'tugiprotsess'] as const;

export const GuideSchema = z.strictObject({
  code: z.string().regex(GUIDE_CODE_PATTERN, 'peab olema kujul „P02_J04“').describe('Juhendi kood, nt „P02_J04“.'),
  name: text('Juhendi nimi nii, nagu allikad selle kirjutavad; jäta välja, kuni see pole teada.').optional(),
  subject: text('Mida juhend käsitleb – seda viitava teksti sõnadega.').optional(),
  citedIn: text('Kus allikad juhendile viitavad, nt „S1 ptk 1.5“.').optional(),
  ...reviewSchedule,
});
export type Guide = z.output<typeof GuideSchema>;

export const ProcessSchema = z.strictObject({
  name: text('Protsessi nimi nagu protsesside tabelis, nt „Hankeprotsess“; jäta välja, kuni see pole teada.').optional(),
  code: z
    .string()
    .regex(PROCESS_CODE_PATTERN, 'peab olema kujul „P15“')
    .describe('Protsessi kood P01…P99; jäta välja, kuni protsessil koodi pole (loomisel).')
    .optional(),
  status: z
    .enum(PROCESS_STATUSES)
    .describe('Protsessi staatus: kinnitatud, loomisel või ühendatud (kirjeldatud teise protsessi sees).')
    .optional(),
  /** The day the process got its current status, e.g. since when it is loomisel. */
  statusSince: isoDate('Päev, mil protsess sai praeguse staatuse, nt mis ajast see on loomisel; jäta välja, kuni see pole teada.').optional(),
  kind: z.enum(PROCESS_KINDS).describe('Protsessi liik: põhiprotsess või tugiprotsess; jäta välja, kuni see pole teada.').optional(),
  owner: entryId('Protsessiomaniku ametikoha id.').optional(),
  supportService: entryId('Selle tugiteenuse id, mille alla protsess kuulub.').optional(),
  partOf: entryId('Selle protsessi id, mis seda protsessi kirjeldab, nt „Eelarve planeerimine (viide P02)“.').optional(),
  guides: z.array(GuideSchema).default([]).describe('Protsessi juhendid.'),
  version: z.number().int().min(1).describe('Protsessi kirjelduse versiooni number.').optional(),
  approval: DirectiveSchema.optional(),
  ...reviewSchedule,
  order: z.number().int().min(0).describe('Rea järjekorranumber S1 protsesside tabelis.'),
  note: sourceNote,
  source,
});
export type Process = z.output<typeof ProcessSchema>;
