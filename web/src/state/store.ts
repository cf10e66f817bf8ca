/**
 * The one place the view state lives: panels read it and ask for changes; every change is mirrored into the
 * URL (so the address bar is always a shareable link), and the changes a user may regret (expand, hide,
 * filter, add, path, pin) are kept on an undo stack, with the undone ones on a redo stack until the next
 * change. The layout (node positions and viewport) rides along in the URL but outside the state: it moves
 * with every drag and is no step to undo.
 */
import { decodeLayout, type SavedLayout } from "./layout-codec.ts";
import { decodeViewState, encodeViewState, type ViewState } from "./view-state.ts";

const UNDO_DEPTH = 100;

export type Listener = (state: ViewState, previous: ViewState) => void;

/** Where the store reads and writes the address; the browser's by default, a plain object in unit tests. */
export interface Address {
  search: string;
  origin: string;
  pathname: string;
  replace(url: string): void;
}

const browserAddress = (): Address => ({
  get search() {
    return window.location.search;
  },
  origin: window.location.origin,
  pathname: window.location.pathname,
  replace: (url) => window.history.replaceState(null, "", url),
});

export class Store {
  private current: ViewState;
  private readonly past: ViewState[] = [];
  private readonly future: ViewState[] = [];
  private readonly listeners = new Set<Listener>();
  private layout = "";
  /** The layout the page was opened with (positions by id hash, viewport), for the first drawing. */
  readonly initialLayout: SavedLayout;

  constructor(
    initial: ViewState,
    private readonly address: Address | null = null,
  ) {
    this.current = initial;
    this.initialLayout = decodeLayout(address?.search ?? "");
    const params = new URLSearchParams(address?.search ?? "");
    this.layout = layoutQuery(params.get("lay"), params.get("vp"));
  }

  static fromLocation(): Store {
    const address = browserAddress();
    return new Store(decodeViewState(address.search), address);
  }

  get state(): ViewState {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Applies `change` to a copy of the state; `undoable` puts the previous state on the undo stack. */
  update(change: (draft: ViewState) => void, options: { undoable?: boolean } = {}): void {
    const draft = structuredClone(this.current);
    change(draft);
    if (encodeViewState(draft) === encodeViewState(this.current)) return;
    if (options.undoable) {
      this.past.push(this.current);
      if (this.past.length > UNDO_DEPTH) this.past.shift();
      this.future.length = 0;
    }
    this.commit(draft);
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (!previous) return false;
    this.future.push(this.current);
    // Undo restores the graph, filters and selection, but keeps the language the user now reads.
    this.commit({ ...previous, lang: this.current.lang });
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (!next) return false;
    this.past.push(this.current);
    this.commit({ ...next, lang: this.current.lang });
    return true;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Keeps the encoded layout (`lay`, `vp`) in the address without notifying anyone. */
  setLayout(positions: string, viewport: string): void {
    this.layout = layoutQuery(positions, viewport);
    this.writeAddress();
  }

  /**
   * The view as a saved view keeps it (POST /api/views): the address's query without "?", the layout
   * included, without the language (a view opens in its reader's language) and without the saved-views
   * panel itself (it opens on the selection's details, or the overview).
   */
  savedViewQuery(): string {
    const state = this.current;
    const panel =
      state.panel !== "views"
        ? state.panel
        : state.selected
          ? state.selected.kind === "pair"
            ? "pair"
            : "details"
          : "overview";
    return [encodeViewState({ ...state, lang: "id", panel }), this.layout].filter(Boolean).join("&");
  }

  shareUrl(): string {
    const address = this.address;
    return `${address?.origin ?? ""}${address?.pathname ?? "/"}${this.query()}`;
  }

  private query(): string {
    const query = [encodeViewState(this.current), this.layout].filter(Boolean).join("&");
    return query ? `?${query}` : "";
  }

  private writeAddress(): void {
    this.address?.replace(`${this.address.pathname}${this.query()}`);
  }

  private commit(next: ViewState): void {
    const previous = this.current;
    this.current = next;
    this.writeAddress();
    for (const listener of this.listeners) listener(next, previous);
  }
}

function layoutQuery(positions: string | null, viewport: string | null): string {
  const params = new URLSearchParams();
  if (positions) params.set("lay", positions);
  if (viewport) params.set("vp", viewport);
  return params.toString();
}
