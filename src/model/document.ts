import { z } from 'astro/zod';
import { DirectiveSchema, reviewSchedule, source, sourceNote, text, textList } from './fields.ts';

const EarlierDocumentSchema = z.strictObject({
  designation: text('Varasema dokumendi tähis, nt „S01“ või „P16“.'),
  version: z.number().int().min(1).describe('Selle versiooni number.'),
  title: text('Selle pealkiri, kui allikad selle annavad.').optional(),
  author: text('Kes selle koostas, kui allikad seda ütlevad.').optional(),
  note: text('Kuidas see on selle dokumendiga seotud, lugeja jaoks.'),
  sourceNote,
});

export const DocumentSchema = z.strictObject({
  designation: text('Tähis, nt „S1“.'),
  title: text('Juhitava dokumendi pealkiri.'),
  version: z.number().int().min(1).describe('Versiooni number (versioon nr).'),
  author: text('Kes selle versiooni koostas (koostanud).'),
  approval: DirectiveSchema.describe('Käskkiri, millega see versioon kinnitati.'),
  changeNotes: textList('Selle versiooni muudatused nii, nagu need on kirjas.'),
  ...reviewSchedule,
  replaces: z.array(EarlierDocumentSchema).default([]).describe('Varasemad dokumendid, mille see versioon asendas või endasse ühendas.'),
  source,
});
export type Document = z.output<typeof DocumentSchema>;
