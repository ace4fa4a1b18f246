import { describe, expect, it } from 'vitest';
import { buildMembership, describeMembership, layoutMembership, type MembershipBodyInput } from '../../src/figures/membership.ts';
import { textWidth } from '../../src/figures/text-metrics.ts';

const roles = [
  { id: 'minister', name: 'Minister' },
  { id: 'kantsler', name: 'Kantsler' },
  { id: 'asekantsler', name: 'Asekantsler' },
  { id: 'osakonnajuhataja', name: 'Osakonnajuhataja' },
];
const makeBody = (overrides: Partial<MembershipBodyInput> & { id: string }): MembershipBodyInput => ({ name: overrides.id, participants: [], ...overrides });
const bodies: MembershipBodyInput[] = [
  makeBody({
    id: 'valdkonna-koosolek',
    name: 'Valdkonna koosolek (asekantsleri juhtimisel)',
    chair: 'asekantsler',
    participants: [
      { name: 'Asekantsler', role: 'asekantsler', whenNeeded: false },
      { name: 'osakonnajuhatajad', role: 'osakonnajuhataja', whenNeeded: false },
    ],
  }),
  makeBody({
    id: 'kantsleri-koosolek',
    name: 'Kantsleri koosolek',
    participants: [
      { name: 'Kantsler', role: 'kantsler', whenNeeded: false },
      { name: 'tugiosakondade juhid', whenNeeded: false },
      { name: 'kõik osakonnajuhatajad', role: 'osakonnajuhataja', whenNeeded: false, note: '2x kuus (I ja III T)' },
    ],
  }),
  makeBody({
    id: 'ministri-briif',
    name: 'Ministri briif',
    participants: [
      { name: 'Minister', role: 'minister', whenNeeded: false },
      { name: 'teema omanik', whenNeeded: true },
      { name: 'Tugiosakondade juhid', whenNeeded: true },
    ],
  }),
];

describe('buildMembership', () => {
  const membership = buildMembership(bodies, roles);
  const markOf = (body: string, column: string) => {
    const row = membership.rows.findIndex((entry) => entry.bodyId === body);
    const index = membership.columns.findIndex((entry) => entry.key === column);
    return membership.cells.find((cell) => cell.row === row && cell.column === index)?.mark;
  };

  it('has a row per body in their order and a column per participant: roles in the given order, then the others as they appear', () => {
    expect(membership.rows.map((row) => row.bodyId)).toEqual(['valdkonna-koosolek', 'kantsleri-koosolek', 'ministri-briif']);
    expect(membership.columns.map((column) => column.label)).toEqual(['Minister', 'Kantsler', 'Asekantsler', 'Osakonnajuhataja', 'Tugiosakondade juhid', 'Teema omanik']);
  });

  it('marks the chair as chairing, not only as taking part, and a participant "vajaduspõhiselt" as such', () => {
    expect(markOf('valdkonna-koosolek', 'asekantsler')).toBe('chair');
    expect(markOf('valdkonna-koosolek', 'osakonnajuhataja')).toBe('member');
    expect(markOf('ministri-briif', 'osaleja:teema omanik')).toBe('whenNeeded');
    expect(markOf('kantsleri-koosolek', 'minister')).toBeUndefined();
  });

  it('keeps one column for a participant without a role, however the source capitalises it', () => {
    expect(markOf('kantsleri-koosolek', 'osaleja:tugiosakondade juhid')).toBe('member');
    expect(markOf('ministri-briif', 'osaleja:tugiosakondade juhid')).toBe('whenNeeded');
  });

  it('numbers the conditions of participants as footnotes, with the body and the participant as the source names them', () => {
    expect(membership.notes).toEqual([{ number: 1, text: 'Kantsleri koosolek – kõik osakonnajuhatajad: 2x kuus (I ja III T)' }]);
    expect(membership.cells.filter((cell) => cell.note === 1)).toHaveLength(1);
  });

  it('puts a column for a chair who is not among the participants', () => {
    const chaired = buildMembership([makeBody({ id: 'x', chair: 'kantsler', participants: [{ name: 'Minister', role: 'minister', whenNeeded: false }] })], roles);
    expect(chaired.columns.map((column) => column.key)).toEqual(['minister', 'kantsler']);
    expect(chaired.cells.map((cell) => cell.mark)).toEqual(['member', 'chair']);
  });
});

describe('describeMembership', () => {
  it('says in a sentence per body who chairs, who takes part and who comes when needed', () => {
    expect(describeMembership(buildMembership(bodies, roles))).toEqual([
      'Valdkonna koosolek (asekantsleri juhtimisel): juhatab Asekantsler; osalevad Osakonnajuhataja.',
      'Kantsleri koosolek: osalevad Kantsler, Osakonnajuhataja, Tugiosakondade juhid.',
      'Ministri briif: osalevad Minister; vajaduspõhiselt Tugiosakondade juhid, Teema omanik.',
    ]);
  });
});

describe('layoutMembership', () => {
  const membership = buildMembership(bodies, roles);
  const layout = layoutMembership(membership, { fontSize: 14, labelWidth: 200, columnWidth: 44 });

  it('puts each mark in the middle of its cell, inside the grid', () => {
    for (const mark of layout.marks) {
      const band = layout.rows[mark.row]!;
      expect(mark.cx).toBe(layout.grid.left + (mark.column + 0.5) * layout.grid.columnWidth);
      expect(mark.cy).toBe(band.y + band.height / 2);
      expect(mark.cx).toBeLessThan(layout.grid.right);
    }
  });

  it('keeps the body names inside the label column and inside their own row', () => {
    for (const row of layout.rows) {
      for (const line of row.lines) {
        expect(line.x + textWidth(line.text, 14)).toBeLessThanOrEqual(layout.grid.left);
        expect(line.y).toBeGreaterThan(row.y);
        expect(line.y).toBeLessThan(row.y + row.height);
      }
    }
    expect(layout.rows.find((row) => row.lines.length > 1), 'a long name wraps').toBeDefined();
  });

  it('leaves room above the grid and to the right for the slanted headings, so none is cut', () => {
    for (const column of layout.columns) {
      const reach = textWidth(column.label, 14) * Math.SQRT1_2;
      expect(column.y - reach).toBeGreaterThanOrEqual(0);
      expect(column.x + reach).toBeLessThanOrEqual(layout.width);
    }
  });

  it('spaces the headings a column apart, so slanted lines of 14 px text do not touch', () => {
    const gaps = layout.columns.slice(1).map((column, index) => (column.x - layout.columns[index]!.x) * Math.SQRT1_2);
    for (const gap of gaps) expect(gap).toBeGreaterThan(14 * 1.2);
  });
});
