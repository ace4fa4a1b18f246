import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { entriesOf } from '../../src/check/rules/rule.ts';
import type { CollectionKey } from '../../src/model/collections.ts';
import { processRow, processRowText } from '../../src/text/process-row.ts';

// The working copy keeps the sources' own words where the site shows a table or heading of
// theirs: S1's row labels and process rows, the slides' qualifiers of the example goals, the
// "ja/või" of Table 2. These are the words of the approved S1 version 3 and of the slides; a
// later version of S1 that words them otherwise changes them here too.
const result = checkContent('content', 'content');
const byOrder = (a: { data: Record<string, unknown>; id: string }, b: { data: Record<string, unknown>; id: string }) =>
  Number(a.data.order ?? 0) - Number(b.data.order ?? 0) || a.id.localeCompare(b.id, 'et');
const of = <K extends CollectionKey>(collection: K) => entriesOf(result.entries, collection).sort(byOrder);
const get = (collection: CollectionKey, id: string): Record<string, unknown> => {
  const entry = result.entries.find((candidate) => candidate.collection === collection && candidate.id === id);
  if (!entry) throw new Error(`No ${collection}/${id}`);
  return entry.data;
};
const processes = of('processes');
const codeOf = (id: unknown) => (typeof id === 'string' ? processes.find((entry) => entry.id === id)?.data.code : undefined);
const rowText = (entry: (typeof processes)[number]) => {
  const process = entry.data;
  return processRowText(processRow(process, entry.id, codeOf(process.partOf)));
};

describe('the wording of the sources in content/', () => {
  it('labels the rows of Table 1 as S1 does', () => {
    const levels = of('roles').filter((entry) => entry.data.kind === 'juhtimistasand');
    expect(levels.map((entry) => entry.data.levelLabel ?? entry.data.name)).toEqual([
      'Minister',
      'Kantsler',
      'Asekantsler',
      'Osakonnajuhataja',
      'Poliitikajuht ministeeriumis',
      'Tugiteenusejuht ministeeriumis',
      'Asutuse juht',
      'Teenusejuht asutuses',
    ]);
  });

  it('writes the process rows of S1 ch 3.2 as S1 writes them, support service by support service', () => {
    const rows = of('supportServices').map((service) => [
      service.data.name,
      processes.filter((entry) => entry.data.supportService === service.id).map(rowText),
    ]);
    expect(rows).toEqual([
      ['Õigusloome ja õigusalane nõustamine', ['Õigusloome protsess (P03)', 'Lepingute sõlmimise ja haldamise protsess (loomisel)']],
      ['Rahvusvahelise koostöö edendamine', ['EL asjade menetlemise protsess (loomisel)']],
      ['Teadmistepõhine poliitika toetamine', ['Teadus- ja arendustegevuse elluviimise protsess (loomisel)', 'Analüüsiprotsess (loomisel)']],
      ['Strateegiline planeerimine', ['Strateegilise planeerimise ja finantsjuhtimise protsess (P02)']],
      ['Finantside juhtimine', ['Eelarve planeerimine (viide P02)', 'Finantsarvestus (viide P02)', 'Hankeprotsess (P06)']],
      [
        'Välisvahendite juhtimine',
        [
          'SoM (RA) tööprotseduuride kirjeldus (P14)',
          'Välisvahendite projektide elluviimise protsess (P17)',
          'SoM VA välistoetuste (nt EK otsetoetused, Joint Action jmt) protsess (loomisel)',
        ],
      ],
      ['Organisatsiooni arendamine', []],
      ['Digilahenduste koordineerimine', ['Arendusportfellide koordineerimise protsess (P05)']],
      ['Toimepidevuse ja kriisideks valmisoleku tagamine', ['Kriisireguleerimise protsess (P13)']],
      ['Siseaudit (ja riskijuhtimine)', ['Siseauditi protsess (P08)', 'Riskijuhtimise protsess (P12)']],
      [
        'Haldusjuhtimine',
        ['VA riigivara (sh kinnisvara) haldamise protsess (loomisel)', 'Füüsilise töökoha haldusprotsess (loomisel)', 'Lähetuste protsess (P04)'],
      ],
    ]);
  });

  it('writes the core process of S1 ch 3.1 as S1 writes it', () => {
    expect(processes.filter((entry) => entry.data.kind === 'põhiprotsess').map(rowText)).toEqual(['Poliitikajuhtimise protsess (P15)']);
  });

  it('keeps the slides’ qualifiers of the integration goals: an example, for TERVIK', () => {
    const initiative = get('initiatives', 'sotsiaal-ja-tervisevaldkonna-integratsioon');
    expect([initiative.goalsHeading, initiative.metricsHeading]).toEqual(['Eesmärgid mõõdetavaks (näide)', 'Eesmärk-mõõdikud TERVIK-ule']);
    expect(initiative.goalsRemark).toMatch(/^Ka TERVIK peab saavutatud kulutõhususest osa saama/);
  });

  it('keeps the "ja/või" of Ministri briif in the words of Table 2', () => {
    expect(get('bodies', 'ministri-briif').participantsAsWritten).toEqual([
      'Minister, asekantsler, kantsler',
      'Osakonnajuhataja, poliitikajuht ja/või teema omanik (vajaduspõhiselt)',
    ]);
  });

  it('leaves out what no source says: RaM’s full name and kind, SKA’s parent, approvals of processes', () => {
    expect(get('organizations', 'ram')).not.toHaveProperty('kind');
    expect(get('organizations', 'ram').name).toBe('RaM');
    expect(get('glossary', 'ram')).not.toHaveProperty('expansion');
    expect(get('organizations', 'ska')).not.toHaveProperty('parent');
    expect(processes.filter((entry) => entry.data.status === 'kinnitatud' && !entry.data.approval).map((entry) => entry.id)).toEqual([]);
  });
});
