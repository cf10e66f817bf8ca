/**
 * The side panel shows one view at a time, chosen by the state's `panel`: the overview, the selected node's
 * details, its similar regions, a pair's story, paths, saved views, or adding an article (pasted, or from a
 * URL). It re-renders when the panel,
 * the selection, the filters, what the details' buttons show (pinned, expanded) or the language change. On a
 * phone it is a bottom sheet: peeking over the network, raised when a node is chosen, with a handle to raise
 * or lower it.
 */
import type { Stats } from "#schemas/stats.ts";
import { h, iconButton, relabel } from "../dom.ts";
import { onLanguageChange, t } from "../i18n/index.ts";
import { icon } from "../icons.ts";
import { fitFocus, PHONE } from "../graph/focus-view.ts";
import type { ViewState } from "../state/view-state.ts";
import { renderAddArticle } from "./add-article.ts";
import { renderAddFromUrl } from "./add-from-url.ts";
import type { PanelContext } from "./context.ts";
import { renderDetails } from "./details.ts";
import { empty } from "./messages.ts";
import { renderOverview } from "./overview.ts";
import { renderPair } from "./pair.ts";
import { renderPaths } from "./paths.ts";
import { renderPeers } from "./peers.ts";
import { renderSavedViews } from "./saved-views.ts";

function key(state: ViewState): string {
  const id = state.selected?.kind === "node" ? state.selected.id : null;
  return JSON.stringify([
    state.panel,
    state.selected,
    state.filters,
    state.lang,
    state.path,
    state.panel === "details" ? (state.expanded.find((e) => e.id === id) ?? null) : null,
    state.panel === "details" || state.panel === "peers" ? state.pinned.includes(id ?? "") : null,
    state.panel === "peers" ? state.added : null,
  ]);
}

export function mountSide(
  root: HTMLElement,
  ctx: PanelContext,
  stats: () => Stats | undefined | Error,
  retryStats: () => void,
): () => void {
  const { store, explorer } = ctx;
  let generation = 0;
  const close = iconButton(
    icon("close"),
    t("actions.close"),
    () =>
      store.update((s) => {
        s.panel = "overview";
        s.selected = null;
      }),
    { compact: true, class: "panel-close", attrs: { id: "panel-close" } },
  );
  const handle = h("button", {
    class: "sheet-handle phone-only",
    attrs: { type: "button", id: "sheet-handle", "aria-controls": "side" },
  });
  const content = h("div", { class: "panel-content", attrs: { id: "panel-content" } });
  root.append(handle, close, content);

  // Phone: the network takes the strip above the sheet (a larger one when the sheet peeks) and what the
  // panel explains is fitted there with room for labels (focus-view.ts), after the sheet's transition and
  // after any layout.
  const phone = window.matchMedia(PHONE);
  let focusTimer: number | undefined;
  const refocus = () => {
    if (!phone.matches) return;
    window.clearTimeout(focusTimer);
    focusTimer = window.setTimeout(() => fitFocus(explorer.cy, store.state), 260);
  };

  // Phone: the sheet's height, "peek" (a strip over the network) or "open".
  const setSheet = (state: "peek" | "open") => {
    root.dataset.sheet = state;
    document.body.dataset.sheet = state;
    refocus();
    handle.setAttribute("aria-expanded", String(state === "open"));
    handle.setAttribute("aria-label", state === "open" ? t("sheet.lower") : t("sheet.raise"));
  };
  handle.addEventListener("click", () => setSheet(root.dataset.sheet === "open" ? "peek" : "open"));
  setSheet(store.state.panel === "overview" ? "peek" : "open");

  const render = () => {
    const state = store.state;
    const mine = ++generation;
    const isCurrent = () => mine === generation;
    relabel(close, t("actions.close"));
    close.hidden = state.panel === "overview";
    root.dataset.panel = state.panel;
    const selectedNode = state.selected?.kind === "node" ? state.selected.id : null;
    switch (state.panel) {
      case "details":
        if (selectedNode) void renderDetails(content, selectedNode, ctx, isCurrent);
        else if (state.selected?.kind === "pair")
          void renderPair(content, state.selected.a, state.selected.b, ctx, isCurrent);
        else renderOverview(content, stats(), ctx, retryStats);
        break;
      case "peers":
        if (selectedNode && /^(\d{2}(\.\d{2})?|[A-Z]{2}(\/.*)?)$/.test(selectedNode))
          void renderPeers(content, selectedNode, ctx, isCurrent);
        else content.replaceChildren(h("h2", null, t("peers.title")), empty(t("peers.notRegion")));
        break;
      case "pair":
        if (state.selected?.kind === "pair")
          void renderPair(content, state.selected.a, state.selected.b, ctx, isCurrent);
        else renderOverview(content, stats(), ctx, retryStats);
        break;
      case "paths":
        renderPaths(content, ctx);
        break;
      case "add":
        renderAddArticle(content, ctx);
        break;
      case "add-url":
        renderAddFromUrl(content, ctx);
        break;
      case "views":
        renderSavedViews(content, ctx, isCurrent);
        break;
      default:
        renderOverview(content, stats(), ctx, retryStats);
    }
  };

  let last = key(store.state);
  store.subscribe((state, previous) => {
    const now = key(state);
    if (now === last) return;
    last = now;
    if (
      state.panel !== previous.panel ||
      JSON.stringify(state.selected) !== JSON.stringify(previous.selected)
    )
      setSheet(state.panel === "overview" ? "peek" : "open");
    render();
  });
  onLanguageChange(() => {
    last = key(store.state);
    render();
  });
  // Paths, the overview's counts and "show more" depend on what the graph loaded, not only on the state.
  let lastPhase = explorer.info.phase;
  explorer.onInfo((info) => {
    const finished = lastPhase === "loading" && info.phase !== "loading";
    lastPhase = info.phase;
    if (!finished) return;
    refocus();
    explorer.cy.one("layoutstop", refocus);
    const panel = store.state.panel;
    if (panel === "paths" || panel === "overview" || panel === "details" || panel === "peers") render();
  });
  render();
  return render;
}
