import { type TextLine, textWidth, wrapText } from './text-metrics.ts';

/**
 * The policy-area taxonomy as a picture, after the slide it comes from: a panel per policy
 * domain with its groups, each group's policy areas as boxes, and the horizontal policies of
 * every domain again in a panel of their own, as the slide's HORISONTAALPOLIITIKAD panel does.
 * Pure: the page hands in the domains and areas in their order.
 */

export interface TaxonomyArea {
  id: string;
  name: string;
  horizontal: boolean;
}

export interface TaxonomyInput {
  domains: readonly { id: string; name: string; groups: readonly { id: string; name: string }[] }[];
  /** Every area, in its order within its group. */
  areas: readonly (TaxonomyArea & { domain: string; group?: string | undefined })[];
}

export interface TaxonomyPanel {
  /** The domain's id, or "horisontaalpoliitikad" for the panel of horizontal policies. */
  id: string;
  title: string;
  /** A group of areas: a group of the domain, the areas outside any group (no label), or in the horizontal panel a domain. */
  rows: { label?: string; areas: TaxonomyArea[] }[];
}

export const HORIZONTAL_PANEL_TITLE = 'Horisontaalpoliitikad';

/**
 * The panels: every domain that has areas of its own kind, with its groups in order and the
 * areas outside a group last; then the horizontal policies by domain. A domain whose areas
 * are all horizontal (on the slide it is the horizontal panel's own column) is shown there only.
 */
export function buildTaxonomy(input: TaxonomyInput): TaxonomyPanel[] {
  const areasOf = (domain: string, group: string | undefined) => input.areas.filter((area) => area.domain === domain && area.group === group);
  const strip = ({ id, name, horizontal }: TaxonomyArea): TaxonomyArea => ({ id, name, horizontal });
  const panels: TaxonomyPanel[] = [];
  for (const domain of input.domains) {
    const own = input.areas.filter((area) => area.domain === domain.id);
    if (own.length === 0 || own.every((area) => area.horizontal)) continue;
    const rows: TaxonomyPanel['rows'] = domain.groups.map((group) => ({ label: group.name, areas: areasOf(domain.id, group.id).map(strip) })).filter((row) => row.areas.length > 0);
    const ungrouped = areasOf(domain.id, undefined).map(strip);
    if (ungrouped.length > 0) rows.push({ areas: ungrouped });
    panels.push({ id: domain.id, title: domain.name, rows });
  }
  const horizontalRows = input.domains
    .map((domain) => ({ label: domain.name, areas: input.areas.filter((area) => area.domain === domain.id && area.horizontal).map(strip) }))
    .filter((row) => row.areas.length > 0);
  if (horizontalRows.length > 0) panels.push({ id: 'horisontaalpoliitikad', title: HORIZONTAL_PANEL_TITLE, rows: horizontalRows });
  return panels;
}

export interface TaxonomyLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Whether each group's label stands above its boxes (a narrow figure) or to their left. */
  stacked: boolean;
  panels: {
    id: string;
    box: { x: number; y: number; width: number; height: number };
    title: TextLine;
    rows: {
      label: TextLine[];
      areas: { id: string; horizontal: boolean; box: { x: number; y: number; width: number; height: number }; lines: TextLine[] }[];
    }[];
  }[];
  legend: { box: { x: number; y: number; width: number; height: number }; label: TextLine };
}

/**
 * Places the panels one under another in a figure `width` pixels wide. Within a row the boxes
 * flow left to right and wrap like words; a name too long for the row wraps inside its box.
 * Below 560 px each group's label moves above its boxes.
 */
export function layoutTaxonomy(panels: readonly TaxonomyPanel[], width: number, fontSize = 14): TaxonomyLayout {
  const padding = 10;
  const gap = 8;
  const lineHeight = Math.round(fontSize * 1.3);
  const boxPadding = 8;
  const stacked = width < 560;
  const labelColumn = stacked
    ? 0
    : Math.min(190, Math.max(...panels.flatMap((panel) => panel.rows.map((row) => (row.label ? wrapText(row.label, 190, fontSize).width : 0))))) + gap * 2;

  let y = 0;
  const laidOut = panels.map((panel) => {
    const top = y;
    const innerLeft = padding;
    const innerRight = width - padding;
    const title = { x: innerLeft, y: top + padding + fontSize * 1.1, text: panel.title };
    let cursor = top + padding + fontSize * 1.2 + lineHeight * 0.6;
    const rows = panel.rows.map((row) => {
      const label: TextLine[] = [];
      let rowTop = cursor + gap;
      if (row.label) {
        const lines = wrapText(row.label, stacked ? innerRight - innerLeft : labelColumn - gap * 2, fontSize).lines;
        // Beside the boxes the label sits on the first box's line; above them, on lines of its own.
        const firstBaseline = rowTop + (stacked ? fontSize * 0.95 : boxPadding + fontSize * 0.95);
        lines.forEach((text, index) => label.push({ x: innerLeft, y: firstBaseline + index * lineHeight, text }));
        if (stacked) rowTop += lines.length * lineHeight + 6;
      }
      const areasLeft = innerLeft + labelColumn;
      const available = innerRight - areasLeft;
      let x = areasLeft;
      let lineTop = rowTop;
      let lineBottom = rowTop;
      const areas = row.areas.map((area) => {
        const wrapped = wrapText(area.name, available - 2 * boxPadding, fontSize);
        const boxWidth = Math.ceil(wrapped.width + 2 * boxPadding);
        const boxHeight = wrapped.lines.length * lineHeight + 2 * boxPadding - (lineHeight - fontSize) + 2;
        if (x > areasLeft && x + boxWidth > innerRight) {
          x = areasLeft;
          lineTop = lineBottom + gap;
        }
        const box = { x, y: lineTop, width: boxWidth, height: boxHeight };
        const lines = wrapped.lines.map((text, index) => ({ x: x + boxPadding, y: lineTop + boxPadding + fontSize * 0.9 + index * lineHeight, text }));
        x += boxWidth + gap;
        lineBottom = Math.max(lineBottom, lineTop + boxHeight);
        return { id: area.id, horizontal: area.horizontal, box, lines };
      });
      const labelBottom = label.length > 0 ? label[label.length - 1]!.y + fontSize * 0.4 + boxPadding : rowTop;
      cursor = Math.max(lineBottom, labelBottom);
      return { label, areas };
    });
    const height = cursor + padding + gap - top;
    y = top + height + gap * 2;
    return { id: panel.id, box: { x: 0.5, y: top + 0.5, width: width - 1, height }, title, rows };
  });

  const legendLabel = 'horisontaalpoliitika (punktiirjoonega raam)';
  const legendBox = { x: padding, y: y + 2, width: 36, height: 20 };
  const legend = { box: legendBox, label: { x: padding + 36 + gap, y: y + 2 + 15, text: legendLabel } };
  const legendRight = legend.label.x + textWidth(legendLabel, fontSize);
  if (legendRight > width) {
    // A figure too narrow for the line: the words go under the sample box.
    legend.label = { x: padding, y: y + 2 + 20 + lineHeight, text: legendLabel };
  }
  return { width, height: Math.ceil(legend.label.y + padding), fontSize, stacked, panels: laidOut, legend };
}
