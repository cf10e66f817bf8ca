/** What every panel gets: the store (read the view, ask for changes), the network's controller, the article view. */
import type { Explorer } from "../graph/explorer.ts";
import type { Store } from "../state/store.ts";

export interface PanelContext {
  store: Store;
  explorer: Explorer;
  /** Opens the full article with every span marked; `focus` scrolls to the quote at that offset. */
  openArticle(documentId: string, focus?: { start: number; end: number }): void;
  /** Draws the side panel again (after a change that lives outside the view state). */
  rerenderSide?: () => void;
}
