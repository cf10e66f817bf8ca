/**
 * A read-only view of the network for the end-to-end tests and bench:web: what is drawn, where, and where
 * each shown label lies, as plain data (copies, never the Cytoscape instance, so no test or console user can
 * change the view through it). Cytoscape draws on a canvas, so this is the only way to check from outside
 * that labels do not overlap or that a link kept the positions.
 */
import type { NodeSingular } from "cytoscape";
import type { Explorer } from "./graph/explorer.ts";
import { labelBox } from "./graph/labels.ts";
import type { Inspect } from "./inspect-types.ts";
import { legendData } from "./graph/legend-data.ts";

export function registerInspect(explorer: Explorer): void {
  const visible = (): NodeSingular[] =>
    explorer.cy
      .nodes()
      .filter((n) => n.visible())
      .toArray() as NodeSingular[];
  const inspect: Inspect = {
    nodes: () =>
      visible().map((n) => ({
        id: n.id(),
        label: String(n.data("label")),
        type: String(n.data("type")),
        kind: (n.data("kind") as string | null) ?? null,
        x: n.position().x,
        y: n.position().y,
        rx: n.renderedPosition().x,
        ry: n.renderedPosition().y,
      })),
    labels: () => {
      const zoom = explorer.cy.zoom();
      const pan = explorer.cy.pan();
      return visible()
        .filter((n) => !n.hasClass("label-off") && String(n.data("label") ?? "") !== "")
        .map((n) => {
          const b = labelBox(n);
          return {
            id: n.id(),
            box: {
              x1: b.x1 * zoom + pan.x,
              y1: b.y1 * zoom + pan.y,
              x2: b.x2 * zoom + pan.x,
              y2: b.y2 * zoom + pan.y,
            },
          };
        });
    },
    drawnKinds: () => {
      const data = legendData(explorer.cy);
      return [
        ...data.nodes.map((e) => `node:${e.key}`),
        ...data.edges.map((e) => `edge:${e.key}`),
        ...data.roles.map((e) => `role:${e.key}`),
      ];
    },
    selected: () => explorer.selectedIds(),
    pathMarks: () => ({
      path: explorer.cy.$(".path").map((e) => e.id()),
      chosen: explorer.cy.$(".path-chosen").map((e) => e.id()),
    }),
    zoom: () => explorer.cy.zoom(),
  };
  Object.defineProperty(globalThis, "jejaringInspect", {
    value: Object.freeze(inspect),
    configurable: false,
  });
}
