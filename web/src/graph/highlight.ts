/**
 * What the user sees as emphasis or absence, as classes on elements (never edits of their data, like sigma's
 * reducers): `filtered` (fails the filters), `hidden` (hidden by the user), `pinned` (locked in place),
 * `path` and `faded` (a shortest-path view), `focus` (the selection's neighbourhood).
 */
import type { Core } from "cytoscape";
import type { GraphEdge, GraphNode, PathResult } from "#schemas/graph.ts";
import { visibleElements, type Filters } from "../state/filters.ts";

export function applyFilters(cy: Core, filters: Filters, hidden: readonly string[]): void {
  const nodes = cy.nodes().map((n) => ({ data: n.data() as GraphNode["data"] }));
  const edges = cy.edges().map((e) => ({ data: e.data() as GraphEdge["data"] }));
  const hiddenSet = new Set(hidden);
  const filtersOnly = visibleElements(nodes, edges, filters);
  const visible = visibleElements(nodes, edges, filters, hiddenSet);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id();
      const shown = ele.isNode() ? visible.nodes.has(id) : visible.edges.has(id);
      const passes = ele.isNode() ? filtersOnly.nodes.has(id) : filtersOnly.edges.has(id);
      ele.toggleClass("filtered", !passes);
      ele.toggleClass("hidden", passes && !shown);
    });
  });
}

export function applyPinned(cy: Core, pinned: readonly string[]): void {
  const set = new Set(pinned);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const pin = set.has(n.id());
      n.toggleClass("pinned", pin);
      if (pin) n.lock();
      else n.unlock();
    });
  });
}

/**
 * Marks every shortest path (the rest faded) and, when one was chosen in the path list (`chosen`, its index),
 * that one above the others.
 */
export function applyPath(cy: Core, path: PathResult | null, chosen: number | null = null): void {
  cy.batch(() => {
    cy.elements().removeClass("path path-chosen faded");
    if (!path || path.paths.length === 0) return;
    const onPath = new Set(path.paths.flatMap((p) => [...p.nodes, ...p.edges]));
    const one = chosen === null ? undefined : path.paths[chosen];
    const onChosen = new Set(one ? [...one.nodes, ...one.edges] : []);
    cy.elements().forEach((ele) => {
      ele.toggleClass("path", onPath.has(ele.id()));
      ele.toggleClass("path-chosen", onChosen.has(ele.id()));
      ele.toggleClass("faded", !onPath.has(ele.id()));
    });
  });
}

/**
 * Marks the primary selection (the node or pair the panel shows). `exclusive` drops the rest of a
 * multi-selection: when the primary was chosen outside the canvas (search, a list); a shift-click or a
 * selection box keeps the others.
 */
export function applySelection(cy: Core, selectedId: string | null, exclusive: boolean): void {
  cy.batch(() => {
    if (exclusive) cy.elements().unselect();
    cy.nodes().removeClass("focus");
    if (!selectedId) return;
    const element = cy.getElementById(selectedId);
    if (element.empty()) return;
    element.select();
    if (element.isNode()) element.neighborhood("node").addClass("focus");
  });
}
