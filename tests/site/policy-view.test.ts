import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from '../../src/figures/taxonomy.ts';
import { policyTaxonomyView } from '../../src/site/policy-view.ts';

describe('policyTaxonomyView', () => {
  const domains = [
    { id: 'terviseala', data: { name: 'Terviseala', groups: [{ id: 'vaimne', name: 'Vaimne tervis' }, { id: 'ravi', name: 'Ravi' }, { id: 'tuhi', name: 'Tühi rühm' }] } },
    { id: 'sotsiaalala', data: { name: 'Sotsiaalala', groups: [] } },
  ];
  const areas = [
    { id: 'vaimse-tervise-poliitika', data: { name: 'Vaimse tervise poliitika', horizontal: false, domain: 'terviseala', group: 'vaimne' } },
    { id: 'andmepoliitika', data: { name: 'Andmepoliitika', horizontal: true, domain: 'terviseala' } },
    { id: 'ravikvaliteet', data: { name: 'Ravikvaliteet', horizontal: true, domain: 'terviseala', group: 'ravi' } },
    { id: 'hoolekanne', data: { name: 'Hoolekanne', horizontal: false, domain: 'sotsiaalala' } },
    { id: 'sotsiaalkindlustus', data: { name: 'Sotsiaalkindlustus', horizontal: false, domain: 'sotsiaalala' } },
  ];
  const view = policyTaxonomyView(domains, areas);

  it('lists each domain with every group of its own, in order, even an empty one, then the areas outside a group', () => {
    expect(view.domains).toEqual([
      {
        id: 'terviseala',
        groups: [
          { name: 'Vaimne tervis', areas: [{ id: 'vaimse-tervise-poliitika', horizontal: false }] },
          { name: 'Ravi', areas: [{ id: 'ravikvaliteet', horizontal: true }] },
          { name: 'Tühi rühm', areas: [] },
        ],
        ungrouped: [{ id: 'andmepoliitika', horizontal: true }],
      },
      { id: 'sotsiaalala', groups: [], ungrouped: [{ id: 'hoolekanne', horizontal: false }, { id: 'sotsiaalkindlustus', horizontal: false }] },
    ]);
  });

  it('hands the figure every domain and area in their order', () => {
    expect(view.figure.domains.map((domain) => domain.id)).toEqual(['terviseala', 'sotsiaalala']);
    expect(view.figure.areas.map((area) => [area.id, area.domain, area.group])).toEqual([
      ['vaimse-tervise-poliitika', 'terviseala', 'vaimne'],
      ['andmepoliitika', 'terviseala', undefined],
      ['ravikvaliteet', 'terviseala', 'ravi'],
      ['hoolekanne', 'sotsiaalala', undefined],
      ['sotsiaalkindlustus', 'sotsiaalala', undefined],
    ]);
    expect(buildTaxonomy(view.figure).map((panel) => panel.id)).toEqual(['terviseala', 'sotsiaalala', 'horisontaalpoliitikad']);
  });
});
