/**
 * What every panel gets: the store (read the view, ask for changes), the network's controller, the actions on
 * nodes, the article view.
 */
import type { NodeActions } from "../graph/actions.ts";
import type { Explorer } from "../graph/explorer.ts";
import type { Store } from "../state/store.ts";

export interface PanelContext {
  store: Store;
  explorer: Explorer;
  actions: NodeActions;
  /** Opens the full article with every span marked; `focus` scrolls to the quote at that offset. */
  openArticle(documentId: string, focus?: { start: number; end: number }): void;
  /** Draws the side panel again (after a change that lives outside the view state). */
  rerenderSide?: () => void;
  /** A short message in the status line (aria-live), e.g. after an action that changed nothing. */
  notify?: (text: string) => void;
}
