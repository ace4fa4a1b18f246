import { describe, expect, it } from 'vitest';
import { orgTreeOf, structureHeading } from '../../src/site/org-view.ts';

describe('structureHeading', () => {
  it('names only what an organisation holds', () => {
    expect(structureHeading({ units: 4, posts: 16, agencies: 1 }, 'organization')).toBe('Struktuuriüksused, ametikohad ja valitsemisala asutused');
    expect(structureHeading({ units: 0, posts: 2, agencies: 0 }, 'organization')).toBe('Ametikohad');
  });

  it('calls the units inside a unit its subunits', () => {
    expect(structureHeading({ units: 3, posts: 0, agencies: 0 }, 'unit')).toBe('Allüksused');
    expect(structureHeading({ units: 3, posts: 1, agencies: 0 }, 'unit')).toBe('Allüksused ja ametikohad');
  });

  it('gives no heading when there is nothing under it', () => {
    expect(structureHeading({ units: 0, posts: 0, agencies: 0 }, 'unit')).toBeUndefined();
  });
});

describe('orgTreeOf', () => {
  const treeOf = orgTreeOf({
    organizations: [
      { id: 'som', data: {} },
      { id: 'ska', data: { parent: 'som' } },
      { id: 'tai', data: { parent: 'som' } },
      { id: 'tehik', data: {} },
    ],
    units: [
      { id: 'strateegiaosakond', data: { organization: 'som' } },
      { id: 'analuusitalitus', data: { organization: 'som', parent: 'strateegiaosakond' } },
      { id: 'teenuste-osakond', data: { organization: 'ska' } },
      { id: 'haldusosakond', data: { organization: 'som' } },
    ],
    positions: [
      { id: 'kantsler', data: { organization: 'som' } },
      { id: 'analuusijuht', data: { organization: 'som', unit: 'analuusitalitus' } },
      { id: 'strateegiajuht', data: { organization: 'som', unit: 'strateegiaosakond' } },
      { id: 'peadirektor', data: { organization: 'ska' } },
      { id: 'arendusjuht', data: {} },
    ],
  });

  it('puts under an organisation its top units, its posts outside units and its agencies, each with what is under it, in the given order', () => {
    expect(treeOf('som')).toEqual({
      units: [
        {
          id: 'strateegiaosakond',
          below: { units: [{ id: 'analuusitalitus', below: { units: [], posts: ['analuusijuht'], agencies: [] } }], posts: ['strateegiajuht'], agencies: [] },
        },
        { id: 'haldusosakond', below: { units: [], posts: [], agencies: [] } },
      ],
      posts: ['kantsler'],
      agencies: [
        { id: 'ska', below: { units: [{ id: 'teenuste-osakond', below: { units: [], posts: [], agencies: [] } }], posts: ['peadirektor'], agencies: [] } },
        { id: 'tai', below: { units: [], posts: [], agencies: [] } },
      ],
    });
  });

  it('puts under a unit its subunits and posts, never agencies', () => {
    expect(treeOf('som', 'strateegiaosakond')).toEqual({
      units: [{ id: 'analuusitalitus', below: { units: [], posts: ['analuusijuht'], agencies: [] } }],
      posts: ['strateegiajuht'],
      agencies: [],
    });
  });

  it('finds nothing under an organisation nothing names, and leaves posts without an organisation out of every tree', () => {
    expect(treeOf('tehik')).toEqual({ units: [], posts: [], agencies: [] });
    expect(JSON.stringify(treeOf('som'))).not.toContain('arendusjuht');
  });
});
