/**
 * Level of detail for large views: the canvas renderer draws every element it is given on each frame, and in
 * a software renderer 25,000 elements take most of a second. So a large view draws at most about BUDGET
 * elements in the viewport: elements are ranked once (regions, then partnerships by their events, then the
 * other nodes by their ties, then the other edges), and the view shows the best-ranked `shown` of them,
 * where `shown` grows as the user zooms in (a smaller part of the graph is in view, so more of it fits the
 * budget), in steps that double, so a zoom back and forth does not restyle thousands of elements each time.
 * Hidden by detail means the class `lod-off`, never a change of data; the status line says how much is drawn.
 */
import type { Core, SingularElementArgument } from "cytoscape";

/** Elements drawn at once in the viewport; measured: 4,500 elements panned at 26.6 frames/s here, so 2,500 leaves room for a loaded machine. */
export const BUDGET = 2500;

export interface Detail {
  shown: number;
  total: number;
}

function rankOf(ele: SingularElementArgument): number {
  if (ele.isNode()) {
    const degree = ele.degree(false);
    return ele.data("type") === "region" ? 3e6 + degree : 1e6 + degree;
  }
  const weight = Number(ele.data("weight") ?? 0);
  return ele.data("type") === "PARTNER" ? 2e6 + weight : weight;
}

/** The elements in the order they are kept, best first (a node always before its edges). */
export function rankElements(cy: Core): SingularElementArgument[] {
  const ranked = cy.elements().map((ele) => ({ ele, rank: rankOf(ele) }));
  ranked.sort((a, b) => b.rank - a.rank);
  return ranked.map((r) => r.ele);
}

/** How many of `total` elements to show when `fraction` of the graph's extent is in view. */
export function shownCount(total: number, fraction: number, budget = BUDGET): number {
  if (total <= budget) return total;
  const wanted = budget / Math.max(1e-6, Math.min(1, fraction));
  // Steps that double from the budget: budget, 2×, 4×… and all.
  let step = budget;
  while (step < wanted && step < total) step *= 2;
  return Math.min(total, step);
}

export function installLevelOfDetail(
  cy: Core,
  onChange: (detail: Detail) => void = () => undefined,
): () => void {
  let ranked = rankElements(cy);
  let shown = ranked.length;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = () => {
    if (cy.destroyed()) return;
    const bb = cy.elements().boundingBox();
    const ex = cy.extent();
    const overlapW = Math.max(0, Math.min(bb.x2, ex.x2) - Math.max(bb.x1, ex.x1));
    const overlapH = Math.max(0, Math.min(bb.y2, ex.y2) - Math.max(bb.y1, ex.y1));
    const fraction = (overlapW * overlapH) / Math.max(1, bb.w * bb.h);
    const next = shownCount(ranked.length, fraction);
    if (next === shown) return;
    const [from, to] = next > shown ? [shown, next] : [next, shown];
    cy.batch(() => {
      for (let i = from; i < to; i++) ranked[i]!.toggleClass("lod-off", next < shown);
    });
    shown = next;
    onChange({ shown, total: ranked.length });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 200);
  };
  const rerank = () => {
    cy.elements().removeClass("lod-off");
    ranked = rankElements(cy);
    shown = ranked.length;
    apply();
  };
  let rerankTimer: ReturnType<typeof setTimeout> | undefined;
  const onData = () => {
    clearTimeout(rerankTimer);
    rerankTimer = setTimeout(rerank, 50);
  };
  cy.on("viewport", schedule);
  cy.on("add remove", onData);
  apply();
  return () => {
    clearTimeout(timer);
    clearTimeout(rerankTimer);
    cy.off("viewport", schedule);
    cy.off("add remove", onData);
    cy.elements().removeClass("lod-off");
  };
}
