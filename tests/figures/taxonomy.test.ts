import { describe, expect, it } from 'vitest';
import { buildTaxonomy, HORIZONTAL_PANEL_TITLE, layoutTaxonomy, type TaxonomyInput } from '../../src/figures/taxonomy.ts';
import { textWidth } from '../../src/figures/text-metrics.ts';

const input: TaxonomyInput = {
  domains: [
    { id: 'terviseala', name: 'Terviseala', groups: [{ id: 'rahvatervishoid', name: 'Rahvatervishoid' }, { id: 'tervishoiukorraldus', name: 'Tervishoiukorraldus' }, { id: 'tuhi', name: 'Tühi rühm' }] },
    { id: 'kantsleri', name: 'Kantsleri vastutusala ja innovatsiooniala', groups: [] },
  ],
  areas: [
    { id: 'tervisekaitumine', name: 'Tervisekäitumise poliitika', horizontal: false, domain: 'terviseala', group: 'rahvatervishoid' },
    { id: 'nakkus', name: 'Nakkushaiguste ennetamise ja tõrje poliitika', horizontal: false, domain: 'terviseala', group: 'rahvatervishoid' },
    { id: 'ravimid', name: 'Ravimi- ja meditsiiniseadmepoliitika', horizontal: false, domain: 'terviseala', group: 'tervishoiukorraldus' },
    { id: 'toojoud', name: 'Tööjõupoliitika', horizontal: true, domain: 'terviseala', group: 'tervishoiukorraldus' },
    { id: 'muu', name: 'Rühmata poliitika', horizontal: false, domain: 'terviseala' },
    { id: 'andmed', name: 'Andmepoliitika', horizontal: true, domain: 'kantsleri' },
    { id: 'digi', name: 'Digilahenduste poliitika', horizontal: true, domain: 'kantsleri' },
  ],
};

describe('buildTaxonomy', () => {
  const panels = buildTaxonomy(input);

  it('gives a domain its groups in order with their areas, skips an empty group and puts the ungrouped areas last', () => {
    expect(panels[0]).toEqual({
      id: 'terviseala',
      title: 'Terviseala',
      rows: [
        { label: 'Rahvatervishoid', areas: [{ id: 'tervisekaitumine', name: 'Tervisekäitumise poliitika', horizontal: false }, { id: 'nakkus', name: 'Nakkushaiguste ennetamise ja tõrje poliitika', horizontal: false }] },
        { label: 'Tervishoiukorraldus', areas: [{ id: 'ravimid', name: 'Ravimi- ja meditsiiniseadmepoliitika', horizontal: false }, { id: 'toojoud', name: 'Tööjõupoliitika', horizontal: true }] },
        { areas: [{ id: 'muu', name: 'Rühmata poliitika', horizontal: false }] },
      ],
    });
  });

  it('gathers the horizontal policies of every domain in a panel of their own, and shows an all-horizontal domain only there', () => {
    expect(panels.map((panel) => panel.title)).toEqual(['Terviseala', HORIZONTAL_PANEL_TITLE]);
    expect(panels[1]!.rows.map((row) => [row.label, row.areas.map((area) => area.id)])).toEqual([
      ['Terviseala', ['toojoud']],
      ['Kantsleri vastutusala ja innovatsiooniala', ['andmed', 'digi']],
    ]);
  });

  it('shows every area at least once', () => {
    const shown = new Set(panels.flatMap((panel) => panel.rows.flatMap((row) => row.areas.map((area) => area.id))));
    expect([...shown].sort()).toEqual(input.areas.map((area) => area.id).sort());
  });
});

describe('layoutTaxonomy', () => {
  const panels = buildTaxonomy(input);
  for (const width of [720, 340]) {
    describe(`at ${width} px`, () => {
      const layout = layoutTaxonomy(panels, width, 14);
      const boxes = layout.panels.flatMap((panel) => panel.rows.flatMap((row) => row.areas));

      it('keeps every box and its text inside the figure and the panel', () => {
        for (const panel of layout.panels) {
          for (const area of panel.rows.flatMap((row) => row.areas)) {
            expect(area.box.x + area.box.width).toBeLessThanOrEqual(width);
            expect(area.box.y + area.box.height).toBeLessThanOrEqual(panel.box.y + panel.box.height);
            for (const line of area.lines) {
              expect(line.x + textWidth(line.text, 14)).toBeLessThanOrEqual(area.box.x + area.box.width);
              expect(line.y).toBeLessThan(area.box.y + area.box.height);
            }
          }
        }
        expect(layout.height).toBeGreaterThan(layout.panels.at(-1)!.box.y + layout.panels.at(-1)!.box.height);
      });

      it('lets no two boxes overlap', () => {
        for (const [index, a] of boxes.entries()) {
          for (const b of boxes.slice(index + 1)) {
            const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
            expect(apart, `${a.id} and ${b.id}`).toBe(true);
          }
        }
      });

      it('keeps group labels clear of the boxes', () => {
        for (const row of layout.panels.flatMap((panel) => panel.rows)) {
          for (const line of row.label) {
            const right = line.x + textWidth(line.text, 14);
            for (const area of row.areas) {
              const besideIt = right <= area.box.x;
              const aboveIt = line.y + 14 * 0.3 <= area.box.y;
              expect(besideIt || aboveIt, `${line.text} and ${area.id}`).toBe(true);
            }
          }
        }
      });
    });
  }

  it('puts the group labels above their boxes on a phone and beside them on a wide screen', () => {
    expect(layoutTaxonomy(panels, 720).stacked).toBe(false);
    expect(layoutTaxonomy(panels, 340).stacked).toBe(true);
  });
});
