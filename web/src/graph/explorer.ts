/**
 * The network view's controller: keeps the Cytoscape instance in step with the store. A change of what the
 * view asks the API for (expansions, added nodes, path, the server-side filters) reloads the parts and syncs
 * the graph in place, laying out only what is new around what stays fixed; a change of hidden, pinned,
 * selection or node types only re-applies classes. Taps select (shift adds, shift-drag draws a box),
 * double-taps expand, a right-click or long press asks for the context menu, and a partnership edge opens
 * the pair's story. Above WEBGL_THRESHOLD elements the instance is recreated for large views (and back).
 */
import type { Core, EventObject } from "cytoscape";
import type { PathResult } from "#schemas/graph.ts";
import { filterQuery } from "../state/filters.ts";
import { positionsFor, type Point } from "../state/layout-codec.ts";
import type { Store } from "../state/store.ts";
import { isStartView, type ViewState } from "../state/view-state.ts";
import { WEBGL_THRESHOLD, createCy } from "./cy.ts";
import {
  collectView,
  syncCy,
  visibleGraph,
  type Truncation,
  type ViewGraph,
  type ViewSource,
} from "./elements.ts";
import { applyFilters, applyPath, applyPinned, applySelection } from "./highlight.ts";
import { encodeLayout, runLayout, shownOf } from "./layouts.ts";
import { Presentation } from "./presentation.ts";

export interface ViewInfo {
  phase: "loading" | "ready" | "error";
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
  truncated: Truncation[];
  failures: unknown[];
  path: PathResult | null;
  large: boolean;
}

/** Something the canvas asks the panels for: a context menu at a point, a hover, a short notice. */
export type CanvasEvent =
  | { kind: "menu"; id: string; x: number; y: number }
  | { kind: "hover"; id: string | null; x: number; y: number }
  /** A double-tap: the actions expand, show more, or say the node is open already. */
  | { kind: "notice"; text: "expand" | "showMore" | "alreadyExpanded"; id: string }
  | { kind: "selection"; ids: string[] };

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
  private chosenPath: number | null = null;
  private lastPrimary: string | null = null;
  private tappedOnCanvas = false;
  private pendingLayout: Map<string, Point> | null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly presentation: Presentation;
  private readonly listeners = new Set<(info: ViewInfo) => void>();
  private readonly canvasListeners = new Set<(event: CanvasEvent) => void>();
  info: ViewInfo = {
    phase: "loading",
    nodes: 0,
    edges: 0,
    visibleNodes: 0,
    visibleEdges: 0,
    truncated: [],
    failures: [],
    path: null,
    large: false,
  };

  constructor(
    private readonly container: HTMLElement,
    readonly store: Store,
    readonly source: ViewSource,
  ) {
    this.cy = this.makeCy(false);
    this.presentation = new Presentation(this.cy, () => new Set(this.selectedIds()));
    const saved = store.initialLayout;
    this.pendingLayout = saved.positions.size > 0 ? new Map() : null;
    store.subscribe((state) => void this.refresh(state));
  }

  onInfo(listener: (info: ViewInfo) => void): void {
    this.listeners.add(listener);
    listener(this.info);
  }

  onCanvas(listener: (event: CanvasEvent) => void): void {
    this.canvasListeners.add(listener);
  }

  emitCanvas(event: CanvasEvent): void {
    for (const listener of this.canvasListeners) listener(event);
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
    const at = (event: EventObject) => event.renderedPosition ?? { x: 0, y: 0 };
    cy.on("tap", "node", (event: EventObject) => {
      const e = event.originalEvent as MouseEvent | undefined;
      if (e && (e.shiftKey || e.ctrlKey || e.metaKey)) return; // Cytoscape toggles it in the selection.
      this.tappedOnCanvas = true;
      this.select(event.target.id() as string);
    });
    cy.on("tap", "edge", (event: EventObject) => this.onTapEdge(event.target.id() as string));
    cy.on("dbltap", "node", (event: EventObject) => this.onDoubleTap(event.target.id() as string));
    cy.on("cxttap taphold", "node", (event: EventObject) => {
      const p = at(event);
      this.emitCanvas({ kind: "menu", id: event.target.id() as string, x: p.x, y: p.y });
    });
    cy.on("mouseover", "node", (event: EventObject) => {
      const p = at(event);
      this.emitCanvas({ kind: "hover", id: event.target.id() as string, x: p.x, y: p.y });
    });
    cy.on("mouseout", "node", () => this.emitCanvas({ kind: "hover", id: null, x: 0, y: 0 }));
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on("select unselect", "node", () => {
      clearTimeout(selectionTimer);
      selectionTimer = setTimeout(() => this.emitCanvas({ kind: "selection", ids: this.selectedIds() }), 0);
    });
    cy.on("dragfree layoutstop viewport", () => this.saveLayoutSoon());
    this.presentation?.attach(cy, large);
    return cy;
  }

  /** Draws one of the shortest paths (its index in the answer) above the others; null: all alike. */
  choosePath(index: number | null): void {
    this.chosenPath = index;
    applyPath(this.cy, this.store.state.path ? this.lastPath : null, index);
  }

  selectedIds(): string[] {
    return this.cy.nodes(":selected").map((n) => n.id());
  }

  async refresh(state: ViewState = this.store.state): Promise<void> {
    const key = fetchKey(state);
    if (key !== this.loadedKey) {
      const generation = ++this.generation;
      this.emit({ phase: "loading" });
      const view = await collectView(state, this.source);
      if (generation !== this.generation) return;
      this.loadedKey = key;
      if (view.path !== this.lastPath) this.chosenPath = null;
      this.lastPath = view.path;
      this.draw(view.graph, state);
      this.emit({ truncated: view.truncated, failures: view.failures, path: view.path });
    }
    this.decorate(this.store.state);
    this.presentation.refresh();
    const shown = shownOf(this.cy);
    this.emit({
      phase: this.info.failures.length > 0 && this.cy.nodes().empty() ? "error" : "ready",
      nodes: this.cy.nodes().length,
      edges: this.cy.edges().length,
      visibleNodes: shown.nodes().length,
      visibleEdges: shown.edges().length,
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
    const placed = new Map<string, Point>();
    this.cy.nodes().forEach((n) => void placed.set(n.id(), { ...n.position() }));
    const added = syncCy(this.cy, graph);
    if (this.pendingLayout) {
      // The first drawing of a shared link: its positions and viewport, then a layout of what is left.
      const saved = positionsFor(
        this.cy.nodes().map((n) => n.id()),
        this.store.initialLayout.positions,
      );
      this.pendingLayout = null;
      this.cy.batch(() =>
        saved.forEach(
          (p, id) =>
            void this.cy
              .$id(id)
              .nodes()
              .positions(() => p),
        ),
      );
      const viewport = this.store.initialLayout.viewport;
      if (saved.size > 0) {
        if (viewport) this.cy.viewport(viewport);
        else this.cy.fit(undefined, 40);
        // Classes (and pins, which lock nodes) only after the saved positions are set.
        this.decorate(state);
        if (saved.size < this.cy.nodes().length) this.runLayout(false, saved);
        return;
      }
    }
    this.decorate(state);
    const kept = new Map([...placed].filter(([id]) => this.cy.getElementById(id).nonempty()));
    // Whatever the number of new nodes, what was placed stays: the user's mental map comes first.
    if (added > 0) this.runLayout(kept.size === 0, kept);
  }

  private decorate(state: ViewState): void {
    applyFilters(this.cy, state.filters, state.hidden);
    applyPinned(this.cy, state.pinned);
    applyPath(this.cy, state.path ? this.lastPath : null, state.path ? this.chosenPath : null);
    const selected = state.selected;
    const primary =
      selected?.kind === "node"
        ? selected.id
        : selected?.kind === "pair"
          ? this.pairEdgeId(selected.a, selected.b)
          : null;
    const changed = primary !== this.lastPrimary;
    applySelection(this.cy, primary, changed && !this.tappedOnCanvas);
    this.lastPrimary = primary;
    this.tappedOnCanvas = false;
  }

  pairEdgeId(a: string, b: string): string {
    const [x, y] = [a, b].sort();
    return `PARTNER:${x}|${y}`;
  }

  /** Lays out the visible graph from scratch (`randomize`) or around `fixed` (layouts.ts). */
  runLayout(randomize = false, fixed: ReadonlyMap<string, Point> = new Map()): void {
    runLayout(this.cy, randomize, fixed, new Set(this.store.state.pinned));
  }

  private saveLayoutSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (this.cy.destroyed() || this.info.phase === "loading") return;
      const { positions, viewport } = encodeLayout(this.cy);
      this.store.setLayout(positions, viewport);
    }, 400);
  }

  /** Selects a node and shows its details. */
  select(id: string): void {
    this.store.update((s) => {
      s.selected = { kind: "node", id };
      s.panel = "details";
    });
  }

  private onDoubleTap(id: string): void {
    const expansion = this.store.state.expanded.find((e) => e.id === id);
    if (!expansion) {
      this.emitCanvas({ kind: "notice", text: "expand", id });
      return;
    }
    if (this.info.truncated.some((x) => x.id === id))
      this.emitCanvas({ kind: "notice", text: "showMore", id });
    else {
      this.flash(id);
      this.emitCanvas({ kind: "notice", text: "alreadyExpanded", id });
    }
  }

  private onTapEdge(id: string): void {
    const edge = this.cy.getElementById(id);
    if (edge.data("type") !== "PARTNER") return;
    this.store.update((s) => {
      s.selected = { kind: "pair", a: edge.data("source") as string, b: edge.data("target") as string };
      s.panel = "pair";
    });
  }

  /** A short highlight of a node, as feedback that an action was seen but changed nothing. */
  flash(id: string): void {
    const node = this.cy.getElementById(id);
    node.addClass("flash");
    setTimeout(() => node.removeClass("flash"), 700);
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  label(id: string): string {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? String(node.data("label")) : id;
  }

  center(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
  }

  fit(): void {
    const shown = shownOf(this.cy);
    this.cy.fit(shown.nonempty() ? shown : undefined, 40);
  }

  zoom(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  visible(): ViewGraph {
    return visibleGraph(this.cy);
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
