/**
 * The one place the view state lives: panels read it and ask for changes; every change is mirrored into the
 * URL (so the address bar is always a shareable link), and the changes a user may regret (expand, hide,
 * filter, add, path) are kept on an undo stack.
 */
import { decodeViewState, encodeViewState, type ViewState } from "./view-state.ts";

const UNDO_DEPTH = 100;

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private current: ViewState;
  private readonly past: ViewState[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.current = initial;
  }

  static fromLocation(): Store {
    return new Store(decodeViewState(window.location.search));
  }

  get state(): ViewState {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  /** Applies `change` to a copy of the state; `undoable` puts the previous state on the undo stack. */
  update(change: (draft: ViewState) => void, options: { undoable?: boolean } = {}): void {
    const draft = structuredClone(this.current);
    change(draft);
    if (encodeViewState(draft) === encodeViewState(this.current)) return;
    if (options.undoable) {
      this.past.push(this.current);
      if (this.past.length > UNDO_DEPTH) this.past.shift();
    }
    this.commit(draft);
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (!previous) return false;
    // Undo restores the graph, filters and selection, but keeps the language the user now reads.
    this.commit({ ...previous, lang: this.current.lang });
    return true;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  shareUrl(): string {
    const query = encodeViewState(this.current);
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ""}`;
  }

  private commit(next: ViewState): void {
    const previous = this.current;
    this.current = next;
    const query = encodeViewState(next);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    for (const listener of this.listeners) listener(next, previous);
  }
}
