import { type TextLine, textWidth, wrapText } from './text-metrics.ts';

/**
 * Who sits in which decision forum (S1 table 2) as a matrix: one row per body, one column per
 * participant, a mark where they meet. Pure: the page hands in plain bodies and role names.
 */

export interface MembershipBodyInput {
  id: string;
  name: string;
  /** The role that chairs the body, where the data names one. */
  chair?: string | undefined;
  participants: readonly { name: string; role?: string | undefined; whenNeeded: boolean; note?: string | undefined }[];
}

export interface MembershipRoleInput {
  id: string;
  name: string;
}

/** chair: juhatab; member: osaleb; whenNeeded: osaleb vajaduspõhiselt. */
export type MembershipMark = 'chair' | 'member' | 'whenNeeded';

export const MARK_LABELS: Readonly<Record<MembershipMark, string>> = {
  chair: 'juhatab',
  member: 'osaleb',
  whenNeeded: 'osaleb vajaduspõhiselt',
};

export interface MembershipColumn {
  /** The role id, or "osaleja:<name>" for a participant the source names without a role. */
  key: string;
  label: string;
  roleId?: string;
}

export interface MembershipCell {
  row: number;
  column: number;
  mark: MembershipMark;
  /** The number of the footnote that holds the participant's condition, e.g. "2x kuus (I ja III T)". */
  note?: number;
}

export interface Membership {
  rows: { bodyId: string; label: string }[];
  columns: MembershipColumn[];
  cells: MembershipCell[];
  notes: { number: number; text: string }[];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('et') + text.slice(1);
}

const RANK: Readonly<Record<MembershipMark, number>> = { whenNeeded: 0, member: 1, chair: 2 };

/**
 * Builds the matrix. Columns that are roles come first, in the order of `roles` (the caller's
 * order, e.g. the management levels of table 1 first); participants without a role follow in
 * the order they first appear. Where one column gets two marks in a body (the chair is also a
 * participant), the stronger one stands.
 */
export function buildMembership(bodies: readonly MembershipBodyInput[], roles: readonly MembershipRoleInput[]): Membership {
  const roleOrder = new Map(roles.map((role, index) => [role.id, index]));
  const roleName = new Map(roles.map((role) => [role.id, role.name]));
  const roleColumns = new Map<string, MembershipColumn>();
  const otherColumns = new Map<string, MembershipColumn>();
  const marks: { row: number; key: string; mark: MembershipMark; note?: string }[] = [];

  const columnFor = (participant: { name: string; role?: string | undefined }): string => {
    if (participant.role) {
      if (!roleColumns.has(participant.role)) {
        roleColumns.set(participant.role, { key: participant.role, label: capitalise(roleName.get(participant.role) ?? participant.name), roleId: participant.role });
      }
      return participant.role;
    }
    const key = `osaleja:${participant.name.toLocaleLowerCase('et')}`;
    if (!otherColumns.has(key)) otherColumns.set(key, { key, label: capitalise(participant.name) });
    return key;
  };

  bodies.forEach((body, row) => {
    for (const participant of body.participants) {
      const note = participant.note ? `${participant.name}: ${participant.note}` : undefined;
      marks.push({ row, key: columnFor(participant), mark: participant.whenNeeded ? 'whenNeeded' : 'member', ...(note ? { note } : {}) });
    }
    if (body.chair) marks.push({ row, key: columnFor({ name: roleName.get(body.chair) ?? body.chair, role: body.chair }), mark: 'chair' });
  });

  const rank = (column: MembershipColumn) => roleOrder.get(column.key) ?? roles.length;
  const columns = [...[...roleColumns.values()].sort((a, b) => rank(a) - rank(b)), ...otherColumns.values()];
  const index = new Map(columns.map((column, position) => [column.key, position]));

  const byCell = new Map<string, MembershipCell & { noteText?: string }>();
  for (const { row, key, mark, note } of marks) {
    const id = `${row}/${key}`;
    const previous = byCell.get(id);
    const noteText = note ?? previous?.noteText;
    if (!previous || RANK[mark] > RANK[previous.mark]) byCell.set(id, { row, column: index.get(key)!, mark, ...(noteText ? { noteText } : {}) });
    else if (noteText) previous.noteText = noteText;
  }

  const notes: Membership['notes'] = [];
  const cells = [...byCell.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ noteText, ...cell }) => {
      if (!noteText) return cell;
      const number = notes.length + 1;
      notes.push({ number, text: `${bodies[cell.row]!.name} – ${noteText}` });
      return { ...cell, note: number };
    });

  return { rows: bodies.map((body) => ({ bodyId: body.id, label: body.name })), columns, cells, notes };
}

/** One sentence per body, for the figure's description and for a reader who does not see it. */
export function describeMembership(membership: Membership): string[] {
  return membership.rows.map((row, rowIndex) => {
    const cells = membership.cells.filter((cell) => cell.row === rowIndex);
    const names = (mark: MembershipMark) => cells.filter((cell) => cell.mark === mark).map((cell) => membership.columns[cell.column]!.label);
    const parts = [
      names('chair').length > 0 ? `juhatab ${names('chair').join(', ')}` : '',
      names('member').length > 0 ? `osalevad ${names('member').join(', ')}` : '',
      names('whenNeeded').length > 0 ? `vajaduspõhiselt ${names('whenNeeded').join(', ')}` : '',
    ].filter(Boolean);
    return `${row.label}: ${parts.join('; ')}.`;
  });
}

export interface MembershipLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Row bands: the body's name in lines, and the band's box for the zebra and the rule. */
  rows: { y: number; height: number; lines: TextLine[] }[];
  /** Column headings, written at 45° up and to the right from (x, y). */
  columns: { x: number; y: number; label: string; gridX: number }[];
  marks: { cx: number; cy: number; mark: MembershipMark; note?: number; row: number; column: number }[];
  grid: { left: number; top: number; right: number; bottom: number; columnWidth: number };
}

const SIN45 = Math.SQRT1_2;

/**
 * Places the matrix: body names wrapped in the left column, participants as slanted headings
 * (a narrow column per participant keeps all of them in view), marks in the middle of each
 * cell. Every size follows from the measured labels, so a longer name makes room instead of
 * overlapping. The legend and the footnotes are the page's text below the drawing, so that they
 * wrap on a phone while the matrix scrolls.
 */
export function layoutMembership(
  membership: Membership,
  options: { fontSize?: number; labelWidth?: number; columnWidth?: number } = {},
): MembershipLayout {
  const fontSize = options.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const columnWidth = options.columnWidth ?? 44;
  const padding = 8;

  const wrapped = membership.rows.map((row) => wrapText(row.label, options.labelWidth ?? 200, fontSize));
  const labelWidth = Math.ceil(Math.max(...wrapped.map((entry) => entry.width))) + 2 * padding;
  const headingWidths = membership.columns.map((column) => textWidth(column.label, fontSize));
  const headerHeight = Math.ceil(Math.max(...headingWidths) * SIN45 + fontSize + padding);

  const left = labelWidth;
  const top = headerHeight;
  const gridRight = left + membership.columns.length * columnWidth;

  let y = top;
  const rows = wrapped.map(({ lines }) => {
    const height = Math.max(lines.length * lineHeight + 2 * padding, 36);
    const firstBaseline = y + (height - lines.length * lineHeight) / 2 + fontSize * 0.95;
    const band = { y, height, lines: lines.map((text, index) => ({ x: padding, y: Math.round(firstBaseline + index * lineHeight), text })) };
    y += height;
    return band;
  });
  const bottom = y;

  const columns = membership.columns.map((column, index) => {
    const gridX = left + index * columnWidth;
    // The heading starts a little right of the column's middle, so its slant leans over its own column.
    return { x: Math.round(gridX + columnWidth / 2 - fontSize * 0.25), y: top - padding, label: column.label, gridX };
  });
  const headingRight = Math.max(gridRight, ...columns.map((column, index) => column.x + headingWidths[index]! * SIN45 + fontSize * SIN45));

  const marks = membership.cells.map((cell) => {
    const band = rows[cell.row]!;
    return {
      cx: left + cell.column * columnWidth + columnWidth / 2,
      cy: band.y + band.height / 2,
      mark: cell.mark,
      row: cell.row,
      column: cell.column,
      ...(cell.note ? { note: cell.note } : {}),
    };
  });

  const width = Math.ceil(headingRight + padding);
  const height = Math.ceil(bottom + padding);

  return { width, height, fontSize, rows, columns, marks, grid: { left, top, right: gridRight, bottom, columnWidth } };
}
