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

/** Room for the labels, drawn under their nodes and wrapping at about 130 px; not measured, since which
 * labels show depends on the zoom chosen here (labels.ts). */
const LABEL = { side: 68, below: 32, above: 8 };
/** The counts bar over the network's top edge, and the margin kept to the screen's edges. */
const BAR = 34;
const EDGE = 10;
/** A lone node fitted to the strip would be drawn huge. */
const MAX_ZOOM = 1.6;

interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The bottom of the overlays in the network's top corners (zoom buttons, filters and legend buttons). */
function overlaysBottom(cy: Core): number {
  const container = cy.container();
  const wrap = container?.parentElement;
  if (!container || !wrap) return BAR;
  const top = container.getBoundingClientRect().top;
  const bottoms = [...wrap.querySelectorAll<HTMLElement>("#canvas-controls, #phone-bar, #legend")]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.height > 0)
    .map((r) => r.bottom - top);
  return Math.max(BAR, ...bottoms);
}

function zoomFor(box: { w: number; h: number }, frame: Frame, cy: Core): number {
  if (frame.width <= 0 || frame.height <= 0) return 0;
  return Math.min(
    MAX_ZOOM,
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(frame.width / Math.max(box.w, 1), frame.height / Math.max(box.h, 1))),
  );
}

/** The phone layout's media query (phone.css). */
export const PHONE = "(max-width: 700px)";

/**
 * Fits the focus in the larger of two frames: beside the zoom buttons (the full height), or below every
 * overlay (the full width), whichever draws it bigger: a flat network gains the width, a short strip the
 * height.
 */
export function fitFocus(cy: Core, state: ViewState): void {
  const nodes = focusOf(cy, state);
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: false });
  const width = cy.width();
  const height = cy.height();
  const controls = 56;
  const below = overlaysBottom(cy) + 6;
  const beside: Frame = {
    left: EDGE + LABEL.side,
    top: BAR + LABEL.above,
    width: width - 2 * EDGE - controls - 2 * LABEL.side,
    height: height - BAR - EDGE - LABEL.above - LABEL.below,
  };
  const under: Frame = {
    left: EDGE + LABEL.side,
    top: below + LABEL.above,
    width: width - 2 * EDGE - 2 * LABEL.side,
    height: height - below - EDGE - LABEL.above - LABEL.below,
  };
  const [frame, zoom] = [beside, under]
    .map((f) => [f, zoomFor(box, f, cy)] as const)
    .reduce((best, next) => (next[1] > best[1] ? next : best));
  if (zoom <= 0) return;
  const pan = {
    x: frame.left + (frame.width - box.w * zoom) / 2 - box.x1 * zoom,
    y: frame.top + (frame.height - box.h * zoom) / 2 - box.y1 * zoom,
  };
  cy.stop();
  cy.animate({ zoom, pan }, { duration: 250 });
}

/** On a phone, fits the focus now (a path chosen in the list, say). */
export function fitFocusOnPhone(cy: Core, state: ViewState): void {
  if (window.matchMedia(PHONE).matches) fitFocus(cy, state);
}
