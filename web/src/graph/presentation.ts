/**
 * What the drawing shows beyond the data, kept in step with the view: region sizes and partnership widths
 * over the range of what is visible, labels at a constant size on screen, and labels decluttered after each
 * layout, zoom or change (labels.ts). Cheap at the explorer's sizes; large views have no labels and skip it.
 */
import type { Core } from "cytoscape";
import { declutterLabels } from "./labels.ts";
import { labelZoom, scales, stylesheet } from "./style.ts";

const visible = (cy: Core) => cy.elements().filter((e) => !e.hasClass("filtered") && !e.hasClass("hidden"));

/** Sets `scales` to the range of the visible regions' events and partnerships' weights. */
export function updateScales(cy: Core): boolean {
  const shown = visible(cy);
  const events = shown.nodes('[type = "region"]').map((n) => Number(n.data("events") ?? 0));
  const weights = shown.edges('[type = "PARTNER"]').map((e) => Number(e.data("weight") ?? 1));
  const next = {
    events: { min: events.length ? Math.min(...events) : 0, max: events.length ? Math.max(...events) : 1 },
    weight: {
      min: weights.length ? Math.min(...weights) : 1,
      max: weights.length ? Math.max(...weights) : 1,
    },
  };
  const changed = JSON.stringify(next) !== JSON.stringify(scales);
  Object.assign(scales, next);
  return changed;
}

export class Presentation {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private enabled = true;

  constructor(
    private cy: Core,
    private readonly selected: () => ReadonlySet<string>,
  ) {
    this.attach(cy);
  }

  /** A new Cytoscape instance (the explorer recreates it across the large-view threshold). */
  attach(cy: Core, large = false): void {
    this.cy = cy;
    this.enabled = !large;
    cy.on("zoom", () => this.schedule(true));
    cy.on("layoutstop", () => this.schedule(false));
  }

  /** After data or classes changed: new scales, then labels. */
  refresh(): void {
    if (!this.enabled) return;
    const changed = updateScales(this.cy);
    if (changed) this.cy.style().update();
    this.schedule(false);
  }

  private schedule(zoomed: boolean): void {
    if (!this.enabled) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(zoomed), zoomed ? 120 : 30);
  }

  private apply(zoomed: boolean): void {
    if (this.cy.destroyed()) return;
    if (zoomed || Math.abs(labelZoom.value - this.cy.zoom()) > 1e-3) {
      labelZoom.value = this.cy.zoom();
      this.cy.style(stylesheet(false));
    }
    declutterLabels(this.cy, this.selected());
    document.body.dataset.labels = String(Date.now());
  }
}
