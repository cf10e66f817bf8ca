/**
 * Labels without collisions: in priority order (the selection, the path, pinned nodes, then regions by
 * their events), each label is placed below its node, else above it, else hidden, so that no two shown
 * labels overlap; a place that covers no other node is preferred. A hidden label's name is still one hover or one focus
 * away (tooltip.ts). The placement is pure (tested on boxes); `declutterLabels` reads the boxes from
 * Cytoscape and sets the classes `label-top` and `label-off`.
 */
import type { Core, NodeSingular } from "cytoscape";

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelItem {
  id: string;
  node: Box;
  /** The label's box where the stylesheet puts it: below the node. */
  label: Box;
  priority: number;
}

export type Placement = "bottom" | "top" | "off";

const GAP = 1;

export const overlaps = (a: Box, b: Box, gap = GAP) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** The same label mirrored above the node. */
export function above(item: LabelItem): Box {
  const height = item.label.y2 - item.label.y1;
  const margin = Math.max(0, item.label.y1 - item.node.y2);
  const y2 = item.node.y1 - margin;
  return { x1: item.label.x1, x2: item.label.x2, y1: y2 - height, y2 };
}

/** A uniform grid of boxes, so each test looks at nearby boxes only (hundreds of labels stay cheap). */
class Grid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / this.size); x <= Math.floor(b.x2 / this.size); x++)
      for (let y = Math.floor(b.y1 / this.size); y <= Math.floor(b.y2 / this.size); y++)
        keys.push(`${x},${y}`);
    return keys;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) this.cells.set(k, [...(this.cells.get(k) ?? []), b]);
  }
  hits(b: Box, except?: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(b, o)) return true;
    return false;
  }
}

export function placeLabels(items: readonly LabelItem[]): Map<string, Placement> {
  const sorted = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const typical =
    items.length > 0 ? Math.max(40, ...items.slice(0, 50).map((i) => i.label.x2 - i.label.x1)) : 100;
  const labels = new Grid(typical);
  const nodes = new Grid(typical);
  for (const item of items) nodes.add(item.node);
  const placement = new Map<string, Placement>();
  for (const item of sorted) {
    // Never on another label; off other nodes when possible, else over one (a name beats a hidden name).
    const clear = (box: Box) => !labels.hits(box) && !nodes.hits(box, item.node);
    const free = (box: Box) => !labels.hits(box);
    const top = above(item);
    const choice: Placement = clear(item.label)
      ? "bottom"
      : clear(top)
        ? "top"
        : free(item.label)
          ? "bottom"
          : free(top)
            ? "top"
            : "off";
    if (choice !== "off") labels.add(choice === "bottom" ? item.label : top);
    placement.set(item.id, choice);
  }
  return placement;
}

function priority(node: NodeSingular, selected: ReadonlySet<string>): number {
  let p = 0;
  if (selected.has(node.id()) || node.selected()) p += 1e6;
  if (node.hasClass("path")) p += 5e5;
  if (node.hasClass("pinned")) p += 2e5;
  if (node.hasClass("focus")) p += 1e5;
  if (node.data("type") === "region") p += 1000 + Number(node.data("events") ?? 0) * 10 + node.degree(false);
  else p += node.degree(false);
  return p;
}

/** Shown labels' boxes in model coordinates, for the e2e test and the tooltip. */
export function labelBox(node: NodeSingular): Box {
  const b = node.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  } as never);
  return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

export function declutterLabels(cy: Core, selected: ReadonlySet<string> = new Set()): void {
  const shown = cy.nodes().filter((n) => n.visible() && String(n.data("label") ?? "") !== "");
  const items: LabelItem[] = [];
  cy.batch(() => shown.removeClass("label-top"));
  shown.forEach((n) => {
    const b = n.boundingBox({ includeLabels: false, includeOverlays: false } as never);
    items.push({
      id: n.id(),
      node: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
      label: labelBox(n),
      priority: priority(n, selected),
    });
  });
  const placement = placeLabels(items);
  cy.batch(() => {
    shown.forEach((n) => {
      const where = placement.get(n.id());
      n.toggleClass("label-top", where === "top");
      n.toggleClass("label-off", where === "off");
    });
  });
}
