/**
 * On a phone the bottom sheet covers part of the screen, and the network is shrunk to the strip above it
 * (phone.css). What the panel explains is fitted into that strip: the chosen path, else every path,
 * else the selected node or pair with their neighbours; never a view where the sheet hides it.
 */
import type { Core, NodeCollection } from "cytoscape";
import type { ViewState } from "../state/view-state.ts";
import { shownOf } from "./layouts.ts";

export function focusOf(cy: Core, state: ViewState): NodeCollection {
  const shown = shownOf(cy).nodes();
  const chosen = shown.filter(".path-chosen");
  if (chosen.nonempty()) return chosen;
  const path = shown.filter(".path");
  if (path.nonempty()) return path;
  const ids =
    state.selected?.kind === "node"
      ? [state.selected.id]
      : state.selected?.kind === "pair"
        ? [state.selected.a, state.selected.b]
        : [];
  const selected = shown.filter((n) => ids.includes(n.id()));
  if (selected.empty()) return shown;
  // A pair: the two regions only; a node: with its neighbours, which its details talk about.
  return state.selected?.kind === "pair"
    ? selected
    : selected.closedNeighborhood().nodes().intersection(shown);
}

/**
 * Free margins of the strip (below the counts bar, left of the zoom buttons), plus room for the labels,
 * which are drawn under their nodes and wrap at about 120 px. They are not measured: which labels show
 * depends on the zoom being chosen here (labels.ts).
 */
const INSET = { top: 34 + 8, right: 56 + 45, bottom: 10 + 32, left: 10 + 45 };
/** A lone node fitted to the strip would be drawn huge. */
const MAX_ZOOM = 1.6;

export function fitFocus(cy: Core, state: ViewState): void {
  const nodes = focusOf(cy, state);
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: false });
  const width = cy.width() - INSET.left - INSET.right;
  const height = cy.height() - INSET.top - INSET.bottom;
  if (width <= 0 || height <= 0) return;
  const zoom = Math.min(
    MAX_ZOOM,
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1))),
  );
  const pan = {
    x: INSET.left + (width - box.w * zoom) / 2 - box.x1 * zoom,
    y: INSET.top + (height - box.h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop();
  cy.animate({ zoom, pan }, { duration: 250 });
}

/** On a phone, fits the focus now (a path chosen in the list, say). */
export function fitFocusOnPhone(cy: Core, state: ViewState): void {
  if (window.matchMedia("(max-width: 700px)").matches) fitFocus(cy, state);
}
