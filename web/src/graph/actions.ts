/**
 * What a user does to nodes, on one node or on a selection: open, expand (by partnership, by depth, by type),
 * show more, hide, pin, add. Each is one change of the view state and one undo step, whatever the number of
 * nodes; the explorer redraws from the state.
 */
import type { NodeType } from "#schemas/node.ts";
import type { Store } from "../state/store.ts";
import { EXPAND_STEP, MAX_EXPAND_LIMIT, type Expansion, type ViewState } from "../state/view-state.ts";
import type { Explorer } from "./explorer.ts";
import { fitFocus, PHONE } from "./focus-view.ts";

export interface ExpandOptions {
  depth?: number;
  types?: NodeType[];
}

/** Adds an expansion of `id`, or widens the one there: more depth, more types (never fewer). */
export function addExpansion(state: ViewState, id: string, options: ExpandOptions = {}): void {
  const known = state.expanded.find((e) => e.id === id);
  const next: Expansion = known ?? { id, limit: EXPAND_STEP };
  if (options.depth && options.depth > (next.depth ?? 1)) next.depth = options.depth;
  if (options.types) {
    // No types means the partnership neighbourhood, which is the "region" type.
    const had = known ? (known.types ?? ["region"]) : [];
    next.types = [...new Set([...had, ...options.types])];
  }
  if (!known) state.expanded.push(next);
  state.hidden = state.hidden.filter((h) => h !== id);
}

export class NodeActions {
  constructor(
    private readonly store: Store,
    private readonly explorer: Explorer,
  ) {
    explorer.onCanvas((event) => {
      if (event.kind !== "notice") return;
      if (event.text === "expand") this.expand(event.id);
      if (event.text === "showMore") this.showMore(event.id);
    });
  }

  private change(mutate: (s: ViewState) => void): void {
    this.store.update(mutate, { undoable: true });
  }

  /** Opens a node: selects it and shows its neighbourhood (from a search result or a list). */
  open(id: string): void {
    this.change((s) => {
      addExpansion(s, id);
      s.selected = { kind: "node", id };
      s.panel = "details";
    });
    void this.explorer.whenReady().then(() => this.explorer.center(id));
  }

  /**
   * Brings a node and its neighbourhood into the view and centres it, leaving the panel and the selection as
   * they are (after a save, the panel keeps its confirmation while the network shows what was written).
   */
  reveal(id: string): void {
    this.change((s) => addExpansion(s, id));
    void this.explorer.whenReady().then(() => {
      // A phone's strip above the sheet is narrow: the party with its partners, rather than centred alone.
      if (window.matchMedia(PHONE).matches)
        fitFocus(this.explorer.cy, { ...this.store.state, selected: { kind: "node", id } });
      else this.explorer.center(id);
    });
  }

  isExpanded(id: string, options: ExpandOptions = {}): boolean {
    const known = this.store.state.expanded.find((e) => e.id === id);
    if (!known) return false;
    if (options.depth && options.depth > (known.depth ?? 1)) return false;
    const types = known.types ?? ["region"];
    return !options.types || options.types.every((t) => types.includes(t));
  }

  expand(id: string, options: ExpandOptions = {}): void {
    this.expandMany([id], options);
  }

  expandMany(ids: readonly string[], options: ExpandOptions = {}): void {
    this.change((s) => ids.forEach((id) => addExpansion(s, id, options)));
  }

  showMore(id: string): void {
    this.change((s) => {
      const e = s.expanded.find((x) => x.id === id);
      if (e) e.limit = Math.min(MAX_EXPAND_LIMIT, e.limit + EXPAND_STEP * 2);
      else s.expanded.push({ id, limit: EXPAND_STEP });
    });
  }

  hide(id: string): void {
    this.hideMany([id]);
  }

  hideMany(ids: readonly string[]): void {
    this.change((s) => {
      for (const id of ids) if (!s.hidden.includes(id)) s.hidden.push(id);
      if (s.selected?.kind === "node" && ids.includes(s.selected.id)) s.selected = null;
    });
  }

  isPinned(id: string): boolean {
    return this.store.state.pinned.includes(id);
  }

  togglePin(id: string): void {
    this.pinMany([id], !this.isPinned(id));
  }

  pinMany(ids: readonly string[], pin: boolean): void {
    this.change((s) => {
      const set = new Set(s.pinned);
      for (const id of ids) {
        if (pin) set.add(id);
        else set.delete(id);
      }
      s.pinned = [...set];
    });
  }

  add(id: string): void {
    this.change((s) => {
      if (!s.added.includes(id) && !this.explorer.has(id)) s.added.push(id);
      s.hidden = s.hidden.filter((h) => h !== id);
    });
  }

  /** Shows a node: selects it when drawn, otherwise adds it to the view. */
  show(id: string): void {
    if (this.explorer.has(id)) this.explorer.select(id);
    else this.add(id);
  }
}
