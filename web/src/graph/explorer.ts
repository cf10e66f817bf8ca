/**
 * The network view's controller: keeps the Cytoscape instance in step with the store. A change of what the
 * view asks the API for (expansions, added nodes, path, the server-side filters) reloads the parts and syncs
 * the graph in place; a change of hidden, pinned, selection or node types only re-applies classes. Taps
 * select, double-taps expand, and a partnership edge opens the pair's story. Above WEBGL_THRESHOLD elements
 * the instance is recreated with the WebGL renderer and simple styles (and back below it).
 */
import type { Core, EventObject } from "cytoscape";
import type { PathResult } from "#schemas/graph.ts";
import { filterQuery } from "../state/filters.ts";
import type { Store } from "../state/store.ts";
import { EXPAND_STEP, MAX_EXPAND_LIMIT, isStartView, type ViewState } from "../state/view-state.ts";
import { WEBGL_THRESHOLD, createCy, layoutOptions } from "./cy.ts";
import {
  collectView,
  syncCy,
  visibleGraph,
  type Truncation,
  type ViewGraph,
  type ViewSource,
} from "./elements.ts";
import { applyFilters, applyPath, applyPinned, applySelection } from "./highlight.ts";

export interface ViewInfo {
  phase: "loading" | "ready" | "error";
  nodes: number;
  edges: number;
  visibleNodes: number;
  truncated: Truncation[];
  failures: string[];
  path: PathResult | null;
  large: boolean;
}

const MAX_FIT_ZOOM = 1.6;

function fetchKey(state: ViewState): string {
  return JSON.stringify({
    start: isStartView(state),
    expanded: state.expanded,
    added: state.added,
    path: state.path,
    filters: filterQuery(state.filters),
  });
}

export class Explorer {
  cy: Core;
  private large = false;
  private loadedKey: string | null = null;
  private generation = 0;
  private firstDrawn = false;
  private lastPath: PathResult | null = null;
  private readonly listeners = new Set<(info: ViewInfo) => void>();
  info: ViewInfo = {
    phase: "loading",
    nodes: 0,
    edges: 0,
    visibleNodes: 0,
    truncated: [],
    failures: [],
    path: null,
    large: false,
  };

  constructor(
    private readonly container: HTMLElement,
    private readonly store: Store,
    private readonly source: ViewSource,
  ) {
    this.cy = this.makeCy(false);
    store.subscribe((state) => void this.refresh(state));
  }

  onInfo(listener: (info: ViewInfo) => void): void {
    this.listeners.add(listener);
    listener(this.info);
  }

  private emit(patch: Partial<ViewInfo>): void {
    this.info = { ...this.info, ...patch };
    document.body.dataset.graph = this.info.phase;
    for (const listener of this.listeners) listener(this.info);
  }

  private makeCy(large: boolean): Core {
    const elements = this.cy ? this.cy.elements().jsons() : [];
    const viewport = this.cy ? { zoom: this.cy.zoom(), pan: this.cy.pan() } : null;
    this.cy?.destroy();
    this.large = large;
    const cy = createCy(this.container, { large, elements: elements as never });
    if (viewport) cy.viewport(viewport);
    cy.on("tap", "node", (event: EventObject) => this.onTapNode(event.target.id() as string));
    cy.on("tap", "edge", (event: EventObject) => this.onTapEdge(event.target.id() as string));
    cy.on("dbltap", "node", (event: EventObject) => this.expand(event.target.id() as string));
    return cy;
  }

  async refresh(state: ViewState = this.store.state): Promise<void> {
    const key = fetchKey(state);
    if (key !== this.loadedKey) {
      const generation = ++this.generation;
      this.emit({ phase: "loading" });
      const view = await collectView(state, this.source);
      if (generation !== this.generation) return;
      this.loadedKey = key;
      this.lastPath = view.path;
      this.draw(view.graph, state);
      this.emit({ truncated: view.truncated, failures: view.failures, path: view.path });
    }
    this.decorate(this.store.state);
    const drawn = this.cy.nodes().filter((n) => !n.hasClass("filtered") && !n.hasClass("hidden"));
    this.emit({
      phase: this.info.failures.length > 0 && this.cy.nodes().empty() ? "error" : "ready",
      nodes: this.cy.nodes().length,
      edges: this.cy.edges().length,
      visibleNodes: drawn.length,
      large: this.large,
    });
    if (!this.firstDrawn && this.cy.nodes().nonempty()) {
      this.firstDrawn = true;
      // Cytoscape draws in its own animation frame; after the next two frames the network is on screen.
      // (The WebGL renderer emits no "render" event, so this does not wait for one.)
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          performance.mark("jj:first-network");
          document.body.dataset.network = "drawn";
        }),
      );
    }
  }

  /** Reloads every part from the API (after a write changed the graph). */
  async reload(): Promise<void> {
    this.loadedKey = null;
    await this.refresh();
  }

  private draw(graph: ViewGraph, state: ViewState): void {
    const large = graph.nodes.length + graph.edges.length > WEBGL_THRESHOLD;
    if (large !== this.large) this.cy = this.makeCy(large);
    const before = this.cy.nodes().length;
    const added = syncCy(this.cy, graph);
    this.decorate(state);
    if (added > 0) this.runLayout(before === 0 || added > before);
  }

  private decorate(state: ViewState): void {
    applyFilters(this.cy, state.filters, state.hidden);
    applyPinned(this.cy, state.pinned);
    applyPath(this.cy, state.path ? this.lastPath : null);
    const selected = state.selected;
    applySelection(
      this.cy,
      selected?.kind === "node"
        ? selected.id
        : selected?.kind === "pair"
          ? this.pairEdgeId(selected.a, selected.b)
          : null,
    );
  }

  pairEdgeId(a: string, b: string): string {
    const [x, y] = [a, b].sort();
    return `PARTNER:${x}|${y}`;
  }

  runLayout(randomize = false): void {
    const shown = this.cy.elements().filter((e) => !e.hasClass("filtered") && !e.hasClass("hidden"));
    if (shown.nodes().empty()) return;
    const layout = shown.layout(layoutOptions(shown.nodes().length, randomize));
    // A handful of nodes fitted to the canvas would be drawn huge: cap the zoom and centre instead.
    layout.one("layoutstop", () => {
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center(shown);
      }
    });
    layout.run();
  }

  private onTapNode(id: string): void {
    this.store.update((s) => {
      s.selected = { kind: "node", id };
      s.panel = "details";
    });
  }

  private onTapEdge(id: string): void {
    const edge = this.cy.getElementById(id);
    if (edge.data("type") !== "PARTNER") return;
    this.store.update((s) => {
      s.selected = { kind: "pair", a: edge.data("source") as string, b: edge.data("target") as string };
      s.panel = "pair";
    });
  }

  /** Opens a node: selects it and shows its neighbourhood (from a search result or a list). */
  open(id: string): void {
    this.store.update(
      (s) => {
        if (!s.expanded.some((e) => e.id === id)) s.expanded.push({ id, limit: EXPAND_STEP });
        s.hidden = s.hidden.filter((h) => h !== id);
        s.selected = { kind: "node", id };
        s.panel = "details";
      },
      { undoable: true },
    );
    void this.whenReady().then(() => this.center(id));
  }

  expand(id: string): void {
    this.store.update(
      (s) => {
        if (!s.expanded.some((e) => e.id === id)) s.expanded.push({ id, limit: EXPAND_STEP });
      },
      { undoable: true },
    );
  }

  showMore(id: string): void {
    this.store.update(
      (s) => {
        const e = s.expanded.find((x) => x.id === id);
        if (e) e.limit = Math.min(MAX_EXPAND_LIMIT, e.limit + EXPAND_STEP * 2);
        else s.expanded.push({ id, limit: EXPAND_STEP });
      },
      { undoable: true },
    );
  }

  hide(id: string): void {
    this.store.update(
      (s) => {
        if (!s.hidden.includes(id)) s.hidden.push(id);
        if (s.selected?.kind === "node" && s.selected.id === id) s.selected = null;
      },
      { undoable: true },
    );
  }

  togglePin(id: string): void {
    const pos = this.cy.getElementById(id);
    this.store.update((s) => {
      s.pinned = s.pinned.includes(id) ? s.pinned.filter((p) => p !== id) : [...s.pinned, id];
    });
    if (pos.nonempty()) pos.position(pos.position());
  }

  add(id: string): void {
    this.store.update(
      (s) => {
        if (!s.added.includes(id) && !this.has(id)) s.added.push(id);
        s.hidden = s.hidden.filter((h) => h !== id);
      },
      { undoable: true },
    );
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  center(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
  }

  fit(): void {
    const shown = this.cy.elements().filter((e) => !e.hasClass("filtered") && !e.hasClass("hidden"));
    this.cy.fit(shown.nonempty() ? shown : undefined, 40);
  }

  zoom(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  visible(): ViewGraph {
    return visibleGraph(this.cy);
  }

  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: "#ffffff" });
  }

  /** Resolves once the current load (if any) has drawn. */
  whenReady(): Promise<void> {
    if (this.info.phase !== "loading") return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (info: ViewInfo) => {
        if (info.phase === "loading") return;
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }
}
