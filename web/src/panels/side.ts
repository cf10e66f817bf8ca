/**
 * The side panel shows one view at a time, chosen by the state's `panel`: the overview, the selected node's
 * details, its similar regions, a pair's story, paths, or adding an article (pasted, or from a URL). It re-renders when the panel,
 * the selection, the filters or the language change.
 */
import type { Stats } from "#schemas/stats.ts";
import { h } from "../dom.ts";
import { onLanguageChange, t } from "../i18n/index.ts";
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

function key(state: ViewState): string {
  return JSON.stringify([
    state.panel,
    state.selected,
    state.filters,
    state.lang,
    state.path,
    state.panel === "details" ? state.expanded : null,
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
  const close = h("button", { class: "panel-close", attrs: { type: "button", id: "panel-close" } });
  close.addEventListener("click", () =>
    store.update((s) => {
      s.panel = "overview";
      s.selected = null;
    }),
  );
  const content = h("div", { class: "panel-content", attrs: { id: "panel-content" } });
  root.append(close, content);

  const render = () => {
    const state = store.state;
    const mine = ++generation;
    const isCurrent = () => mine === generation;
    close.textContent = "×";
    close.setAttribute("aria-label", t("actions.close"));
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
      default:
        renderOverview(content, stats(), ctx, retryStats);
    }
  };

  let last = key(store.state);
  store.subscribe((state) => {
    const now = key(state);
    if (now === last) return;
    last = now;
    render();
  });
  onLanguageChange(() => {
    last = key(store.state);
    render();
  });
  // Paths and "show more" depend on what the graph loaded, not only on the state.
  let lastPhase = explorer.info.phase;
  explorer.onInfo((info) => {
    const finished = lastPhase === "loading" && info.phase !== "loading";
    lastPhase = info.phase;
    if (finished && (store.state.panel === "paths" || store.state.panel === "details")) {
      if (store.state.panel === "paths") render();
      else refreshActions();
    }
  });
  // Details keep their content on a reload; only their "show more" button depends on the load.
  const refreshActions = () => {
    const more = content.querySelector("#action-more, #action-expand");
    if (!more && store.state.panel === "details") return;
    render();
  };
  render();
  return render;
}
