/**
 * Layouts of the visible graph, and the layout written into the link. From scratch, or incremental: the
 * nodes already placed keep their positions exactly (fcose's fixed-node constraint holds them only within a
 * few pixels, so they are also locked for the run and set back after it), pinned nodes always; afterwards
 * the view pans out just enough when a new node landed off screen, and a small view is not zoomed past
 * MAX_FIT_ZOOM.
 */
import type { Core } from "cytoscape";
import { encodePositions, encodeViewport, type Point } from "../state/layout-codec.ts";
import { layoutOptions } from "./cy.ts";

const MAX_FIT_ZOOM = 1.15;

export const shownOf = (cy: Core) =>
  cy.elements().filter((e) => !e.hasClass("filtered") && !e.hasClass("hidden"));

export function runLayout(
  cy: Core,
  randomize: boolean,
  fixed: ReadonlyMap<string, Point>,
  pinned: ReadonlySet<string>,
): void {
  const shown = shownOf(cy);
  if (shown.nodes().empty()) return;
  const constraints = shown
    .nodes()
    .filter((n) => fixed.has(n.id()) || pinned.has(n.id()))
    .map((n) => ({
      nodeId: n.id(),
      position: fixed.get(n.id()) ?? { ...(n as unknown as { position(): Point }).position() },
    }));
  const layout = shown.layout(layoutOptions(shown.nodes().length, randomize, constraints));
  const held = randomize
    ? cy.collection()
    : shown.nodes().filter((n) => fixed.has(n.id()) && !pinned.has(n.id()));
  held.lock();
  layout.one("layoutstop", () => {
    held.unlock();
    held.forEach((n) => {
      const p = fixed.get(n.id());
      if (p) n.position(p);
    });
    if (randomize || constraints.length === 0) {
      // A handful of nodes fitted to the canvas would be drawn huge: cap the zoom and centre instead.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(shown);
      }
    } else revealNew(cy, fixed);
  });
  layout.run();
}

/** After an incremental layout: pans and zooms out just enough when a new node landed off screen. */
function revealNew(cy: Core, fixed: ReadonlyMap<string, Point>): void {
  const extent = cy.extent();
  const outside = shownOf(cy)
    .nodes()
    .filter((n) => {
      if (fixed.has(n.id())) return false;
      const p = n.position();
      return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
    });
  if (outside.nonempty()) cy.animate({ fit: { eles: shownOf(cy), padding: 40 } }, { duration: 300 });
}

/** The visible nodes' positions and the viewport, encoded for the link (layout-codec.ts). */
export function encodeLayout(cy: Core): { positions: string; viewport: string } {
  const positions = new Map<string, Point>();
  shownOf(cy)
    .nodes()
    .forEach((n) => void positions.set(n.id(), n.position()));
  return {
    positions: encodePositions(positions),
    viewport: encodeViewport({ zoom: cy.zoom(), pan: cy.pan() }),
  };
}
