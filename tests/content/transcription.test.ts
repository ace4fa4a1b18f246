import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { ARTEFACTS, MANGLED_WORDS, readAllText } from '../support/extraction-noise.ts';
import { entriesOf } from '../../src/check/rules/rule.ts';
import type { CollectionKey } from '../../src/model/collections.ts';

// The transcription of the five source documents as published in version 3: every fact of the
// sources, nothing invented. A published version never changes, so these facts never drift; the
// working copy content/ is for the quality manager to edit, and its tests assert properties
// (tests/content/working-copy.test.ts).
const PUBLISHED = 'versions/3/content';
const result = checkContent(PUBLISHED, 'content');
const of = <K extends CollectionKey>(collection: K) => entriesOf(result.entries, collection);
const get = (collection: CollectionKey, id: string): Record<string, unknown> => {
  const entry = result.entries.find((candidate) => candidate.collection === collection && candidate.id === id);
  if (!entry) throw new Error(`No ${collection}/${id}`);
  return entry.data;
};
const codes = (problem: string) => result.problems.filter((p) => p.code === problem).map((p) => p.file).sort();

describe('version 3, the transcription of the sources', () => {
  it('has no errors', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('holds every entry the sources name', () => {
    const counts = Object.fromEntries(
      (['organizations', 'units', 'positions', 'roles', 'roleFunctions', 'processes', 'supportServices', 'policyDomains', 'policyAreas', 'bodies', 'scorecard', 'documents', 'handbook', 'pages', 'initiatives'] as const).map(
        (key) => [key, of(key).length],
      ),
    );
    expect(counts).toEqual({
      organizations: 5,
      units: 12,
      positions: 24,
      roles: 25,
      roleFunctions: 22,
      processes: 21,
      supportServices: 11,
      policyDomains: 3,
      policyAreas: 23,
      bodies: 8,
      scorecard: 4,
      documents: 1,
      handbook: 5,
      pages: 1,
      initiatives: 1,
    });
    expect(of('glossary').length).toBeGreaterThanOrEqual(40);
  });

  it('has the 8 management levels of Table 1 in order, and the 14 SKA role cards', () => {
    const byKind = (kind: string) => of('roles').filter((e) => e.data.kind === kind).sort((a, b) => Number(a.data.order) - Number(b.data.order)).map((e) => e.id);
    expect(byKind('juhtimistasand')).toEqual(['minister', 'kantsler', 'asekantsler', 'osakonnajuhataja', 'poliitikajuht', 'tugiteenuse-juht', 'asutuse-juht', 'teenusejuht']);
    expect(byKind('koostöömudel')).toEqual(['tuumiktiimi-liige', 'portfellijuht', 'teenuse-tuumiktiim']);
    expect(byKind('rollikaart')).toHaveLength(14);
  });

  it('has every coded process of S1 with its owner, and P01 only as an honest gap', () => {
    const owners = Object.fromEntries(of('processes').filter((e) => e.data.code).map((e) => [e.data.code, e.data.owner ?? null]));
    expect(owners).toEqual({
      P01: null,
      P02: 'strateegiaosakonna-juhataja',
      P03: 'oigusala-juht',
      P04: 'som-juhiabi',
      P05: 'arendusportfellide-nounik',
      P06: 'ram-uhisosakonna-oigustalituse-juht',
      P08: 'siseauditi-juht',
      P12: 'siseauditi-juht',
      P13: 'kriisireguleerimis-ja-toimepidevuse-juht',
      P14: 'valisvahendite-osakonna-juhataja',
      P15: 'kvaliteedijuht',
      P17: 'valisvahendite-osakonna-juhataja',
    });
    const uncoded = of('processes').filter((e) => !e.data.code);
    expect(uncoded.filter((e) => e.data.status === 'loomisel')).toHaveLength(7);
    expect(uncoded.filter((e) => e.data.status === 'ühendatud').map((e) => [e.id, e.data.partOf])).toEqual([
      ['eelarve-planeerimine', 'p02'],
      ['finantsarvestus', 'p02'],
    ]);
  });

  it('has the decision forums of Table 2 with their frequency as data', () => {
    expect(get('bodies', 'kantsleri-koosolek').frequency).toEqual({ asWritten: 'Kord nädalas', times: 1, per: 'nädal' });
    expect(get('bodies', 'ministri-briif').frequency).toMatchObject({ times: 2, per: 'kuu', qualifier: 'vähemalt' });
    expect(get('bodies', 'trimestri-tulemuste-ulevaatamine').frequency).toMatchObject({ times: 1, per: 'kvartal' });
  });

  it('has 23 policy areas in three domains, 7 of them horizontal', () => {
    const areas = of('policyAreas');
    expect(areas.filter((e) => e.data.horizontal).map((e) => e.id).sort()).toEqual([
      'andmepoliitika',
      'digilahenduste-poliitika',
      'rahvusvahelise-koostoo-edendamise-poliitika',
      'sotsiaalkindlustuspoliitika',
      'tervishoiuteenuste-kvaliteedi-poliitika',
      'toimepidevuse-ja-kriisideks-valmisoleku-poliitika',
      'toojoupoliitika',
    ]);
    const perDomain = Object.fromEntries(Array.from(Map.groupBy(areas, (e) => String(e.data.domain)), ([k, v]) => [k, v.length]));
    expect(perDomain).toEqual({ terviseala: 9, sotsiaalala: 10, 'kantsleri-vastutusala-ja-innovatsiooniala': 4 });
    for (const id of ['ohvriabipoliitika', 'majandusliku-toimetuleku-poliitika', 'puudega-inimeste-oiguste-poliitika']) {
      expect(get('policyAreas', id).note, id).toMatch(/lamenenud|ebaselge|mitmeti/);
    }
  });

  it('has the document metadata of S1 version 3 and the versions it replaced', () => {
    const s1 = get('documents', 's1');
    expect([s1.designation, s1.version, s1.author, s1.approval]).toEqual(['S1', 3, 'Anni Heinaste', { date: '2026-01-15', number: '2' }]);
    expect((s1.replaces as { designation: string; version: number }[]).map((d) => `${d.designation} v${d.version}`)).toEqual(['S01 v2', 'P16 v1']);
  });

  it('has the job description of seed 002 with all 15 duties and their results', () => {
    const job = get('positions', 'ska-teenuste-osakonna-juhataja').jobDescription as { duties: { number: string; expectedResults: string[] }[] };
    expect(job.duties.map((d) => d.number)).toEqual(Array.from({ length: 15 }, (_, i) => `3.${i + 1}`));
    expect(job.duties.every((d) => d.expectedResults.length > 0)).toBe(true);
  });

  it('has the 6 goal metrics of the integration initiative and its 2024–2026 timeline', () => {
    const initiative = get('initiatives', 'sotsiaal-ja-tervisevaldkonna-integratsioon');
    expect((initiative.goals as unknown[]).length).toBe(6);
    expect((initiative.goals as { metric: string; target: string }[])[0]).toEqual({
      metric: '4+ kroonilise haigusega riskirühma hõlmatus Tervisejuhtimisega esmatasandil',
      target: '30%',
    });
    expect((initiative.timeline as { year: number }[]).map((t) => t.year)).toEqual([2024, 2025, 2026]);
  });

  it('keeps the real gaps of the sources visible as warnings', () => {
    expect(codes('IncompleteEntry')).toContain('content/processes/p01.yaml');
    expect(codes('UndefinedRoleFunction')).toEqual(expect.arrayContaining(['content/role-functions/inimeste-juht.yaml', 'content/role-functions/kontrollija.yaml', 'content/role-functions/valdkonna-asjatundja.yaml']));
    expect(codes('MissingApproval').filter((file) => file.startsWith('content/roles/ska-'))).toHaveLength(14);
    expect(codes('MissingApproval')).toContain('content/positions/ska-teenuste-osakonna-juhataja.yaml');
  });
});

describe('the transcription', () => {
  const text = readAllText(PUBLISHED);

  it('has restored the Estonian letters the extraction mangled', () => {
    expect(MANGLED_WORDS.filter((word) => text.includes(word))).toEqual([]);
  });

  it('has dropped the extraction artefacts', () => {
    expect(ARTEFACTS.filter((artefact) => text.includes(artefact))).toEqual([]);
  });

  it('holds no unfilled template placeholder', () => {
    expect(text.match(/\{(?:regDateTime|regNumber|Allkirjastaja|Ametikoht)\}/g)).toBeNull();
  });
});

