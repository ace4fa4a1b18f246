import { describe, expect, it } from 'vitest';
import { structureHeading } from '../../src/site/org-view.ts';

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
